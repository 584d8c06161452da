#include "core/demo/DemoTimeline.h"

#include "core/demo/DemoClock.h"

#include <QTime>
#include <algorithm>

namespace palisade {
namespace {

const QTime workdayStart(8, 30);
constexpr qint64 workdayMs = 8LL * 3600 * 1000;
constexpr qint64 longestGapMs = 20LL * 60 * 1000;

} // namespace

void DemoTimeline::at(const QDate& day, Action action)
{
    const QDate when = m_current.isValid() && day < m_current ? m_current : day;
    m_days[when].push_back(std::move(action));
}

void DemoTimeline::run(DemoClock& clock, const std::function<void(const QDate&)>& dayStarted)
{
    while (!m_days.empty()) {
        const auto day = m_days.begin();
        m_current = day->first;
        if (dayStarted)
            dayStarted(m_current);
        clock.moveTo(m_current, workdayStart);
        // Spread the day's actions over the working day; an action that
        // makes many changes moves the clock on itself.
        const qint64 gap = std::min(longestGapMs, workdayMs / qint64(day->second.size() + 1));
        while (!day->second.empty()) {
            Action action = std::move(day->second.front());
            day->second.pop_front();
            clock.advanceMs(gap);
            action();
        }
        m_days.erase(day);
    }
}

} // namespace palisade
