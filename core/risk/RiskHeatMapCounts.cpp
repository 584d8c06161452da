#include "core/risk/RiskHeatMapCounts.h"

#include <algorithm>

namespace palisade {

void RiskHeatMapCounts::add(RiskLevel likelihood, RiskLevel impact)
{
    ++m_counts[riskLevelIndex(likelihood)][riskLevelIndex(impact)];
    ++m_total;
}

void RiskHeatMapCounts::clear()
{
    *this = RiskHeatMapCounts();
}

int RiskHeatMapCounts::count(RiskLevel likelihood, RiskLevel impact) const
{
    return m_counts[riskLevelIndex(likelihood)][riskLevelIndex(impact)];
}

int RiskHeatMapCounts::maxCount() const
{
    int most = 0;
    for (const Row& row : m_counts)
        most = std::max(most, *std::max_element(row.begin(), row.end()));
    return most;
}

} // namespace palisade
