#pragma once

#include "core/util/Clock.h"

namespace palisade::test {

// A clock that says what the test tells it to.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace palisade::test
