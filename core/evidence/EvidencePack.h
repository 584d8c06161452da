#pragma once

#include "core/evidence/PackPaper.h"
#include "core/evidence/PackSection.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace palisade {

// The record of one exported evidence pack: enough to recognise the exact
// file later and to say who exported it, when, and what it covers.
struct EvidencePack
{
    qint64 id = 0;
    QString packId; // "EP-20261124-7F3A9C"
    QString sha256; // of the PDF file, lower-case hex
    QDate from;
    QDate to;
    std::vector<PackSection> sections;
    QString preparedFor;
    QString preparedBy;
    QString note;
    PackPaper paper = PackPaper::Letter;
    int pageCount = 0;
    qint64 fileSize = 0;
    QString fileName;     // as exported, without its folder
    QDateTime exportedAt; // UTC
    QString exportedBy;

    friend bool operator==(const EvidencePack&, const EvidencePack&) = default;
};

} // namespace palisade
