#pragma once

#include "core/evidence/PackPaper.h"
#include "core/evidence/PackSection.h"

#include <QDate>
#include <QString>
#include <vector>

namespace palisade {

// What an evidence pack is asked to cover: the program as it stood at the
// end of the period and what happened inside it.
struct PackRequest
{
    QDate from;
    QDate to;
    std::vector<PackSection> sections; // in allPackSections() order
    QString preparedFor;               // the auditor or client
    QString preparedBy;
    QString note;
    PackPaper paper = PackPaper::Letter;
};

} // namespace palisade
