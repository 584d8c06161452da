#pragma once

#include <QString>

namespace palisade {

// How many audit events one kind of record had in one calendar month (UTC).
struct AuditMonthCount
{
    QString month;  // "2026-11"
    QString entity; // as recorded, e.g. "risk"
    qint64 count = 0;

    friend bool operator==(const AuditMonthCount&, const AuditMonthCount&) = default;
};

} // namespace palisade
