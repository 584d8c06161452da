#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace palisade {

// A filter over the audit trail. Empty fields do not filter.
struct AuditQuery
{
    QString text;   // matched against actor, action, entity, record and before/after
    QString entity; // exact
    QStringList entities; // any of these, exact
    QString recordId; // exact
    // Events whose before or after JSON has this top-level field with this
    // string value, e.g. the tasks of one risk: {"risk_id", "42"}.
    QString relatedField;
    QString relatedValue;
    QString actor;  // exact
    QString action; // exact
    QDate from;     // inclusive, UTC date
    QDate to;       // inclusive, UTC date
    QDateTime before; // exclusive
    qint64 afterSeq = 0;
    int limit = -1; // -1 for all
};

} // namespace palisade
