#include "core/demo/DemoClock.h"

namespace palisade {

DemoClock::DemoClock(const QDateTime& startUtc)
    : m_now(startUtc.toUTC())
{
}

void DemoClock::moveTo(const QDate& day, const QTime& time)
{
    moveTo(QDateTime(day, time, Qt::LocalTime).toUTC());
}

void DemoClock::moveTo(const QDateTime& utc)
{
    const QDateTime target = utc.toUTC();
    if (target > m_now)
        m_now = target;
}

} // namespace palisade
