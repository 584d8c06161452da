#pragma once

#include "core/util/Clock.h"

namespace palisade {

// The program's clock while a demonstration is generated: set to each day of
// the simulated years in turn, so every record and audit event carries the
// time it would have had. Time never runs back.
class DemoClock final : public Clock
{
public:
    explicit DemoClock(const QDateTime& startUtc);

    QDateTime nowUtc() const override { return m_now; }

    // To `time` (local) on `day`, unless the clock is already past it.
    void moveTo(const QDate& day, const QTime& time);
    // To `utc`, unless the clock is already past it.
    void moveTo(const QDateTime& utc);
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace palisade
