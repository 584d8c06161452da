#include "core/risk/RiskLevel.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/core/risk/CatchRiskLevel.h"

#include <QSet>
#include <catch2/catch_test_macros.hpp>
#include <optional>

using namespace palisade;

TEST_CASE("allRiskLevels lists the five levels in ascending order", "[risk]")
{
    constexpr auto levels = allRiskLevels();
    STATIC_REQUIRE(levels.size() == 5);
    CHECK(levels[0] == RiskLevel::VeryLow);
    CHECK(levels[1] == RiskLevel::Low);
    CHECK(levels[2] == RiskLevel::Moderate);
    CHECK(levels[3] == RiskLevel::High);
    CHECK(levels[4] == RiskLevel::VeryHigh);
    for (std::size_t i = 1; i < levels.size(); ++i) {
        CHECK(levels[i - 1] < levels[i]);
        CHECK(riskLevelIndex(levels[i]) == i);
    }
}

TEST_CASE("Risk level keys are the documented stored forms", "[risk]")
{
    CHECK(riskLevelKey(RiskLevel::VeryLow) == QStringLiteral("very_low"));
    CHECK(riskLevelKey(RiskLevel::Low) == QStringLiteral("low"));
    CHECK(riskLevelKey(RiskLevel::Moderate) == QStringLiteral("moderate"));
    CHECK(riskLevelKey(RiskLevel::High) == QStringLiteral("high"));
    CHECK(riskLevelKey(RiskLevel::VeryHigh) == QStringLiteral("very_high"));
}

TEST_CASE("Every risk level survives a key round trip", "[risk]")
{
    QSet<QString> keys;
    for (const RiskLevel level : allRiskLevels()) {
        const QString key = riskLevelKey(level);
        keys.insert(key);
        const std::optional<RiskLevel> parsed = riskLevelFromKey(key);
        REQUIRE(parsed.has_value());
        CHECK(*parsed == level);
    }
    CHECK(keys.size() == 5);
}

TEST_CASE("Unknown or differently spelled keys are refused", "[risk]")
{
    for (const char* key : {"", "medium", "Moderate", "very high", "VERY_LOW", " low", "vl"}) {
        INFO(key);
        CHECK_FALSE(riskLevelFromKey(QString::fromLatin1(key)).has_value());
    }
}

TEST_CASE("Risk level labels are the NIST names", "[risk]")
{
    CHECK(riskLevelLabel(RiskLevel::VeryLow) == QStringLiteral("Very Low"));
    CHECK(riskLevelLabel(RiskLevel::Low) == QStringLiteral("Low"));
    CHECK(riskLevelLabel(RiskLevel::Moderate) == QStringLiteral("Moderate"));
    CHECK(riskLevelLabel(RiskLevel::High) == QStringLiteral("High"));
    CHECK(riskLevelLabel(RiskLevel::VeryHigh) == QStringLiteral("Very High"));
}

TEST_CASE("Risk level short labels abbreviate the names", "[risk]")
{
    CHECK(riskLevelShortLabel(RiskLevel::VeryLow) == QStringLiteral("VL"));
    CHECK(riskLevelShortLabel(RiskLevel::Low) == QStringLiteral("L"));
    CHECK(riskLevelShortLabel(RiskLevel::Moderate) == QStringLiteral("M"));
    CHECK(riskLevelShortLabel(RiskLevel::High) == QStringLiteral("H"));
    CHECK(riskLevelShortLabel(RiskLevel::VeryHigh) == QStringLiteral("VH"));
}

TEST_CASE("Labels and short labels are distinct per level", "[risk]")
{
    QSet<QString> labels;
    QSet<QString> shortLabels;
    for (const RiskLevel level : allRiskLevels()) {
        labels.insert(riskLevelLabel(level));
        shortLabels.insert(riskLevelShortLabel(level));
    }
    CHECK(labels.size() == 5);
    CHECK(shortLabels.size() == 5);
}
