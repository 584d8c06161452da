#include "core/retention/RetentionDates.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

TEST_CASE("Retain-until is six years after the later of creation and last in effect",
          "[retention][dates]")
{
    // Last in effect after creation: the usual case.
    CHECK(RetentionDates::retainUntil(d(2020, 3, 15), d(2025, 5, 1)) == d(2031, 5, 1));
    // Created after it was last in effect (recorded late): the creation counts.
    CHECK(RetentionDates::retainUntil(d(2026, 3, 1), d(2026, 2, 28)) == d(2032, 3, 1));
    // The same day.
    CHECK(RetentionDates::retainUntil(d(2024, 7, 4), d(2024, 7, 4)) == d(2030, 7, 4));
    // No creation date recorded: the last day in effect alone.
    CHECK(RetentionDates::retainUntil(QDate(), d(2021, 4, 30)) == d(2027, 4, 30));
    // Still in effect: no date yet.
    CHECK_FALSE(RetentionDates::retainUntil(d(2020, 1, 1), QDate()).isValid());
    CHECK_FALSE(RetentionDates::retainUntil(QDate(), QDate()).isValid());
}

TEST_CASE("29 February plus six years is 1 March: never a day shorter", "[retention][dates]")
{
    CHECK(RetentionDates::retainUntil(d(2020, 1, 1), d(2024, 2, 29)) == d(2030, 3, 1));
    CHECK(RetentionDates::retainUntil(d(2020, 2, 29), d(2020, 2, 29)) == d(2026, 3, 1));
    CHECK(RetentionDates::retainUntil(d(2028, 2, 29), d(2027, 6, 1)) == d(2034, 3, 1));
    // Qt's own addYears would shorten the period to 28 February.
    CHECK(d(2024, 2, 29).addYears(6) == d(2030, 2, 28));
    // A leap day that lands on a leap year stays itself.
    CHECK(RetentionDates::addYears(d(2024, 2, 29), 4) == d(2028, 2, 29));
    // 28 February is an ordinary day.
    CHECK(RetentionDates::retainUntil(d(2023, 2, 28), d(2024, 2, 28)) == d(2030, 2, 28));
}

TEST_CASE("Month ends carry over unchanged", "[retention][dates]")
{
    CHECK(RetentionDates::retainUntil(d(2020, 1, 31), d(2025, 1, 31)) == d(2031, 1, 31));
    CHECK(RetentionDates::retainUntil(d(2020, 1, 1), d(2025, 4, 30)) == d(2031, 4, 30));
    CHECK(RetentionDates::retainUntil(d(2020, 1, 1), d(2025, 12, 31)) == d(2031, 12, 31));
    CHECK(RetentionDates::retainUntil(d(2020, 1, 1), d(2020, 8, 31)) == d(2026, 8, 31));
    CHECK_FALSE(RetentionDates::addYears(QDate(), 6).isValid());
}
