#include "core/risk/RiskHeatMapCounts.h"

#include "tests/core/risk/CatchRiskLevel.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using enum RiskLevel;

TEST_CASE("An empty heat map counts nothing", "[risk]")
{
    const RiskHeatMapCounts counts;
    CHECK(counts.total() == 0);
    CHECK(counts.maxCount() == 0);
    for (const RiskLevel likelihood : allRiskLevels()) {
        for (const RiskLevel impact : allRiskLevels())
            CHECK(counts.count(likelihood, impact) == 0);
    }
}

TEST_CASE("Heat map counts keep likelihood and impact apart", "[risk]")
{
    RiskHeatMapCounts counts;
    counts.add(High, Moderate);
    counts.add(High, Moderate);
    counts.add(High, Moderate);
    counts.add(Moderate, High);
    counts.add(VeryHigh, VeryLow);

    CHECK(counts.count(High, Moderate) == 3);
    CHECK(counts.count(Moderate, High) == 1);
    CHECK(counts.count(VeryHigh, VeryLow) == 1);
    CHECK(counts.count(VeryLow, VeryHigh) == 0);
    CHECK(counts.count(High, High) == 0);
    CHECK(counts.total() == 5);
    CHECK(counts.maxCount() == 3);
}

TEST_CASE("Heat map counts compare by content and clear to empty", "[risk]")
{
    RiskHeatMapCounts a;
    RiskHeatMapCounts b;
    a.add(Low, Low);
    CHECK_FALSE(a == b);
    b.add(Low, Low);
    CHECK(a == b);
    b.add(VeryHigh, VeryHigh);
    CHECK(b.maxCount() == 1);
    CHECK(b.total() == 2);

    b.clear();
    CHECK(b == RiskHeatMapCounts());
    CHECK(b.total() == 0);
    CHECK(b.count(Low, Low) == 0);
}
