#pragma once

#include "core/util/Clock.h"

namespace palisade {

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

} // namespace palisade
