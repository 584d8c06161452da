#include "tests/support/FixedClock.h"

namespace palisade::test {

FixedClock::FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}

} // namespace palisade::test
