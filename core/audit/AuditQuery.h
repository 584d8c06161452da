#pragma once

#include <QDate>
#include <QString>

namespace palisade {

// A filter over the audit trail. Empty fields do not filter.
struct AuditQuery
{
    QString text;   // matched against actor, action, entity, record and before/after
    QString entity; // exact
    QString actor;  // exact
    QString action; // exact
    QDate from;     // inclusive, UTC date
    QDate to;       // inclusive, UTC date
    qint64 afterSeq = 0;
    int limit = -1; // -1 for all
};

} // namespace palisade
