#pragma once

#include "core/retention/RecordRef.h"

#include <QDateTime>
#include <QString>

namespace palisade {

// A legal hold: while active it keeps one record, or every record of a type,
// from disposal and deletion, however old the records are.
struct LegalHold
{
    qint64 id = 0; // 0 until stored
    QString recordType;
    qint64 recordId = 0; // 0: every record of the type
    QString reason;
    QString placedBy;
    QDateTime placedAt; // UTC
    QString releasedBy;
    QDateTime releasedAt; // UTC; invalid while the hold is active
    QString releaseReason;

    bool isActive() const { return !releasedAt.isValid(); }
    bool coversEveryRecord() const { return recordId == 0; }
    bool covers(const RecordRef& record) const
    {
        return record.type == recordType && (coversEveryRecord() || record.id == recordId);
    }

    friend bool operator==(const LegalHold&, const LegalHold&) = default;
};

} // namespace palisade
