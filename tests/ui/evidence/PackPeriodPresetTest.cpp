#include "ui/evidence/PackPeriodPreset.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;
using Id = PackPeriodPreset::Id;

TEST_CASE("PackPeriodPreset counts the usual periods from today", "[ui][evidence]")
{
    const QDate today(2026, 11, 24);
    CHECK(PackPeriodPreset::range(Id::LastTwelveMonths, today) ==
          std::pair(QDate(2025, 11, 25), today));
    CHECK(PackPeriodPreset::range(Id::PreviousCalendarYear, today) ==
          std::pair(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    CHECK(PackPeriodPreset::range(Id::YearToDate, today) == std::pair(QDate(2026, 1, 1), today));
    // A leap day has no twin a year before.
    CHECK(PackPeriodPreset::range(Id::LastTwelveMonths, QDate(2028, 2, 29)).first ==
          QDate(2027, 3, 1));

    CHECK(PackPeriodPreset::matching(QDate(2025, 1, 1), QDate(2025, 12, 31), today) ==
          Id::PreviousCalendarYear);
    CHECK(PackPeriodPreset::matching(QDate(2026, 1, 1), today, today) == Id::YearToDate);
    CHECK_FALSE(PackPeriodPreset::matching(QDate(2025, 1, 2), QDate(2025, 12, 31), today));
    for (const Id id : PackPeriodPreset::all())
        CHECK_FALSE(PackPeriodPreset::label(id).isEmpty());
}
