#include "core/training/RevisionAcknowledgmentStatus.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/core/training/TrainingSamples.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

PolicyAcknowledgment acknowledged(qint64 personId, const QDate& on)
{
    PolicyAcknowledgment acknowledgment;
    acknowledgment.id = personId * 10;
    acknowledgment.personId = personId;
    acknowledgment.revisionId = 7;
    acknowledgment.acknowledgedOn = on;
    return acknowledgment;
}

} // namespace

TEST_CASE("Everyone on the workforce that day is expected to acknowledge a revision",
          "[training][acknowledgment]")
{
    const QDate day(2026, 6, 30);
    Person waiting = coder(1, QDate(2025, 1, 6));
    waiting.name = QStringLiteral("Bao Tran");
    Person done = coder(2, QDate(2024, 3, 4));
    done.name = QStringLiteral("Amara Okoye");
    Person hiredLater = coder(3, QDate(2026, 7, 1));
    Person leftBefore = coder(4, QDate(2020, 1, 1));
    leftBefore.status = PersonStatus::Terminated;
    leftBefore.terminatedOn = QDate(2026, 6, 29);
    Person leavesThatDay = coder(5, QDate(2020, 1, 1));
    leavesThatDay.name = QStringLiteral("Cyrus Vance");
    leavesThatDay.status = PersonStatus::Terminated;
    leavesThatDay.terminatedOn = day;
    Person leftAfterAcknowledging = coder(6, QDate(2020, 1, 1));
    leftAfterAcknowledging.name = QStringLiteral("Dorothea Brooke");
    leftAfterAcknowledging.status = PersonStatus::Terminated;
    leftAfterAcknowledging.terminatedOn = QDate(2026, 5, 1);

    const RevisionAcknowledgmentStatus status(
        {waiting, done, hiredLater, leftBefore, leavesThatDay, leftAfterAcknowledging},
        {acknowledged(2, QDate(2026, 4, 2)), acknowledged(6, QDate(2026, 4, 3)),
         // Acknowledged after the day asked about: not yet, that day.
         acknowledged(5, QDate(2026, 7, 2))},
        day);

    CHECK(status.expectedCount() == 3); // waiting, done, leavesThatDay
    CHECK(status.acknowledgedCount() == 1);
    CHECK(status.outstandingCount() == 2);
    const auto& rows = status.rows();
    REQUIRE(rows.size() == 4);
    // Still to acknowledge first, by name; then those who have; then former staff.
    CHECK(rows[0].person.name == QStringLiteral("Bao Tran"));
    CHECK_FALSE(rows[0].acknowledgment.has_value());
    CHECK(rows[1].person.name == QStringLiteral("Cyrus Vance"));
    CHECK_FALSE(rows[1].acknowledgment.has_value());
    CHECK(rows[2].person.name == QStringLiteral("Amara Okoye"));
    CHECK(rows[2].acknowledgment->acknowledgedOn == QDate(2026, 4, 2));
    CHECK(rows[3].person.name == QStringLiteral("Dorothea Brooke"));
    CHECK_FALSE(rows[3].expected);

    CHECK(RevisionAcknowledgmentStatus::onWorkforce(hiredLater, QDate(2026, 7, 1)));
    CHECK_FALSE(RevisionAcknowledgmentStatus::onWorkforce(hiredLater, day));
}
