#pragma once

#include <QDate>
#include <QDateTime>

namespace palisade {

// The source of "now" for every rule, so deadlines can be tested on fixed dates.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return nowUtc().toLocalTime().date(); }
};

} // namespace palisade
