#include "core/risk/RiskLevel.h"

#include <QCoreApplication>

namespace palisade {

QString riskLevelKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::VeryLow:
        return QStringLiteral("very_low");
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Moderate:
        return QStringLiteral("moderate");
    case RiskLevel::High:
        return QStringLiteral("high");
    case RiskLevel::VeryHigh:
        return QStringLiteral("very_high");
    }
    return {};
}

std::optional<RiskLevel> riskLevelFromKey(const QString& key)
{
    for (const RiskLevel candidate : allRiskLevels()) {
        if (riskLevelKey(candidate) == key)
            return candidate;
    }
    return std::nullopt;
}

QString riskLevelLabel(RiskLevel level)
{
    switch (level) {
    case RiskLevel::VeryLow:
        return QCoreApplication::translate("palisade::RiskLevel", "Very Low");
    case RiskLevel::Low:
        return QCoreApplication::translate("palisade::RiskLevel", "Low");
    case RiskLevel::Moderate:
        return QCoreApplication::translate("palisade::RiskLevel", "Moderate");
    case RiskLevel::High:
        return QCoreApplication::translate("palisade::RiskLevel", "High");
    case RiskLevel::VeryHigh:
        return QCoreApplication::translate("palisade::RiskLevel", "Very High");
    }
    return {};
}

QString riskLevelShortLabel(RiskLevel level)
{
    // The disambiguation keeps translators from merging an abbreviation with the
    // full label that happens to share its source text in some language.
    switch (level) {
    case RiskLevel::VeryLow:
        return QCoreApplication::translate("palisade::RiskLevel", "VL", "abbreviation of Very Low");
    case RiskLevel::Low:
        return QCoreApplication::translate("palisade::RiskLevel", "L", "abbreviation of Low");
    case RiskLevel::Moderate:
        return QCoreApplication::translate("palisade::RiskLevel", "M", "abbreviation of Moderate");
    case RiskLevel::High:
        return QCoreApplication::translate("palisade::RiskLevel", "H", "abbreviation of High");
    case RiskLevel::VeryHigh:
        return QCoreApplication::translate("palisade::RiskLevel", "VH",
                                           "abbreviation of Very High");
    }
    return {};
}

} // namespace palisade
