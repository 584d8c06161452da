#pragma once

#include <QDate>
#include <deque>
#include <functional>
#include <map>

namespace palisade {

class DemoClock;

// The days of the simulated years and what happens on each. Generators
// schedule actions on days; run() performs them in date order (on one day,
// in the order they were scheduled), setting the clock through the working
// day, so every change and its audit event come in the order they would
// have happened.
class DemoTimeline
{
public:
    using Action = std::function<void()>;

    // An action on a day already run is performed on the current day.
    void at(const QDate& day, Action action);
    bool isEmpty() const { return m_days.empty(); }
    QDate current() const { return m_current; }

    // `dayStarted` is told each day before its actions run.
    void run(DemoClock& clock, const std::function<void(const QDate&)>& dayStarted);

private:
    std::map<QDate, std::deque<Action>> m_days;
    QDate m_current;
};

} // namespace palisade
