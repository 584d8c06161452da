#pragma once

#include "core/risk/RiskLevel.h"

#include <array>

namespace palisade {

// How many risks sit in each likelihood × impact cell of a heat map. The
// register fills one for inherent and one for residual ratings; the renderer
// and the widget only read it.
class RiskHeatMapCounts
{
public:
    void add(RiskLevel likelihood, RiskLevel impact);
    void clear();

    int count(RiskLevel likelihood, RiskLevel impact) const;
    int total() const { return m_total; }
    // The fullest cell, 0 for an empty map.
    int maxCount() const;

    friend bool operator==(const RiskHeatMapCounts&, const RiskHeatMapCounts&) = default;

private:
    using Row = std::array<int, riskLevelCount>;
    std::array<Row, riskLevelCount> m_counts{}; // [likelihood][impact]
    int m_total = 0;
};

} // namespace palisade
