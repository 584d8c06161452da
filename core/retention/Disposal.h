#pragma once

#include "core/retention/RecordRef.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace palisade {

// One entry of the disposal log: a record destroyed after its retention
// period. Its content is gone; the SHA-256 of its canonical JSON remains.
struct Disposal
{
    qint64 id = 0; // 0 until stored
    QString recordType;
    qint64 recordId = 0;
    QString label;
    QDate retainUntil; // invalid for a part that was never a record
    QString contentSha256;
    QDateTime disposedAt; // UTC
    QString disposedBy;

    RecordRef record() const { return RecordRef{recordType, recordId}; }

    friend bool operator==(const Disposal&, const Disposal&) = default;
};

} // namespace palisade
