#include "core/util/SystemClock.h"

namespace palisade {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace palisade
