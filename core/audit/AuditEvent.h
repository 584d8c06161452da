#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace palisade {

// One recorded change. `before` and `after` hold canonical JSON ("{}" when
// there is no state on that side, as for a creation or the program's own
// events), or, in a format 2 event about a record since disposed of, a
// RedactionMarker. `format` says how the event is hashed (AuditHasher).
struct AuditEvent
{
    qint64 seq = 0;
    int format = 2;
    QDateTime at; // UTC, millisecond precision
    QString actor;
    QString action;
    QString entity;
    QString recordId;
    QByteArray before;
    QByteArray after;
    QString prevHash;
    QString hash;
};

} // namespace palisade
