#pragma once

#include "core/risk/Risk.h"

#include <random>

namespace palisade::bench {

// Plausible, varied risks: what a large organisation's register might hold,
// with enough distinct words that searches narrow gradually. The same seed
// gives the same risks.
class RiskGenerator
{
public:
    Risk next(int index);

private:
    std::mt19937 m_random{20260301};
};

} // namespace palisade::bench
