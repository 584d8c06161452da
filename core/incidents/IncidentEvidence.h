#pragma once

#include "core/files/StoredFile.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace palisade {

// Evidence gathered about an incident: a note, a file kept inside the
// encrypted file (a log export, a screenshot, a forensic report), or both.
// Never changed once added.
struct IncidentEvidence
{
    qint64 id = 0; // 0 until stored
    qint64 incidentId = 0;
    QString note;
    std::optional<StoredFile> file;
    QDateTime addedAt; // UTC
    QString addedBy;

    friend bool operator==(const IncidentEvidence&, const IncidentEvidence&) = default;
};

} // namespace palisade
