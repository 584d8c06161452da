#pragma once

#include "core/risk/RiskLevel.h"

namespace palisade {

// A likelihood and an impact, the two inputs of the risk-level lookup.
struct RiskRating
{
    RiskLevel likelihood = RiskLevel::Moderate;
    RiskLevel impact = RiskLevel::Moderate;

    friend bool operator==(const RiskRating&, const RiskRating&) = default;
};

} // namespace palisade
