#pragma once

#include <QString>
#include <array>
#include <cstddef>
#include <optional>

namespace palisade {

// The five-step scale of NIST SP 800-30 Rev. 1, Appendix G and I. The same scale
// rates likelihood, impact and the resulting risk level. Enumerators are in
// ascending order, so the built-in comparison operators compare severity.
enum class RiskLevel
{
    VeryLow,
    Low,
    Moderate,
    High,
    VeryHigh,
};

inline constexpr std::size_t riskLevelCount = 5;

// Ascending, from VeryLow to VeryHigh.
constexpr std::array<RiskLevel, riskLevelCount> allRiskLevels()
{
    return {RiskLevel::VeryLow, RiskLevel::Low, RiskLevel::Moderate, RiskLevel::High,
            RiskLevel::VeryHigh};
}

// Position on the scale, 0 for VeryLow to 4 for VeryHigh.
constexpr std::size_t riskLevelIndex(RiskLevel level)
{
    return static_cast<std::size_t>(level);
}

QString riskLevelKey(RiskLevel level); // stored form, e.g. "very_low"
std::optional<RiskLevel> riskLevelFromKey(const QString& key);
QString riskLevelLabel(RiskLevel level);      // translated, e.g. "Very Low"
QString riskLevelShortLabel(RiskLevel level); // translated, e.g. "VL", for matrix headers

} // namespace palisade
