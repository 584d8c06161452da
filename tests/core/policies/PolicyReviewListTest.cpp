#include "core/policies/PolicyReviewList.h"

#include "core/policies/PolicyRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

PolicyRevision inEffect(qint64 id, qint64 policyId, const QDate& approvedOn, const QDate& from)
{
    PolicyRevision revision;
    revision.id = id;
    revision.policyId = policyId;
    revision.state = RevisionState::Effective;
    revision.approvedOn = approvedOn;
    revision.effectiveOn = from;
    return revision;
}

Policy named(qint64 id, const QString& code, int cycle)
{
    Policy policy;
    policy.id = id;
    policy.code = code;
    policy.title = code;
    policy.reviewCycleMonths = cycle;
    return policy;
}

} // namespace

TEST_CASE("Reviews fall due a cycle after the last approval, most overdue first",
          "[policies][review]")
{
    Policy retired = named(5, QStringLiteral("ADM-009"), 12);
    retired.retiredOn = QDate(2025, 1, 1);
    const std::vector<Policy> policies{
        named(1, QStringLiteral("SEC-001"), 12), named(2, QStringLiteral("SEC-002"), 12),
        named(3, QStringLiteral("PRV-001"), 6), named(4, QStringLiteral("BRN-001"), 12), retired};
    const std::vector<PolicyRevision> revisions{
        inEffect(11, 1, QDate(2025, 2, 10), QDate(2025, 2, 11)), // due 2026-02-10: overdue
        inEffect(12, 2, QDate(2025, 3, 20), QDate(2025, 3, 20)), // due 2026-03-20: soon
        inEffect(13, 3, QDate(2025, 6, 1), QDate(2025, 6, 1)),   // due 2025-12-01: most overdue
        inEffect(15, 5, QDate(2020, 1, 1), QDate(2020, 1, 1)),
    };
    const std::vector<PolicyReviewItem> items =
        PolicyReviewList(policies, revisions).asOf(QDate(2026, 3, 1));
    REQUIRE(items.size() == 4);
    CHECK(items[0].code == QStringLiteral("BRN-001"));
    CHECK_FALSE(items[0].hasEffectiveRevision());
    CHECK(items[1].code == QStringLiteral("PRV-001"));
    CHECK(items[1].nextReviewOn == QDate(2025, 12, 1));
    CHECK(items[1].overdue);
    CHECK(items[1].daysOverdue == 90);
    CHECK(items[2].code == QStringLiteral("SEC-001"));
    CHECK(items[2].overdue);
    CHECK(items[2].lastApprovedOn == QDate(2025, 2, 10));
    CHECK(items[3].code == QStringLiteral("SEC-002"));
    CHECK_FALSE(items[3].overdue);
    CHECK(items[3].dueSoon);
    CHECK(items[3].daysOverdue == 0);
    CHECK(items[3].revisionId == 12);
}

TEST_CASE("A review due at a month's end falls on the last day of a shorter month",
          "[policies][review]")
{
    TemporaryProgram fixture;
    fixture.clock().set(QDateTime(QDate(2026, 1, 20), QTime(9, 0), Qt::UTC));
    PolicyRegister& policies = fixture.program().policies();
    Policy monthly = accessControlPolicy();
    monthly.reviewCycleMonths = 1;
    const qint64 id = policies.add(monthly, QStringLiteral("Monthly access review"))->id;
    const qint64 revisionId = policies.revisions(id)->front().id;
    fixture.clock().set(QDateTime(QDate(2026, 1, 31), QTime(15, 0), Qt::UTC));
    approveRevision(policies, revisionId, QDate(2026, 1, 31));
    REQUIRE(policies.makeEffective(revisionId, QDate(2026, 2, 1)).ok());

    Policy unwritten = accessControlPolicy();
    unwritten.code = QStringLiteral("SEC-010");
    REQUIRE(policies.add(unwritten).ok());

    const std::vector<PolicyReviewItem> onTime = policies.reviewsDue(QDate(2026, 2, 28)).value();
    REQUIRE(onTime.size() == 2);
    CHECK(onTime[0].code == QStringLiteral("SEC-010"));
    CHECK_FALSE(onTime[0].hasEffectiveRevision());
    CHECK(onTime[1].nextReviewOn == QDate(2026, 2, 28));
    CHECK_FALSE(onTime[1].overdue);
    CHECK(onTime[1].dueSoon);

    const std::vector<PolicyReviewItem> late = policies.reviewsDue(QDate(2026, 3, 1)).value();
    REQUIRE(late.size() == 2);
    CHECK(late[1].overdue);
    CHECK(late[1].daysOverdue == 1);
    CHECK(late[1].revisionNumber == 1);

    // Before it takes effect the policy has no revision in effect at all.
    const std::vector<PolicyReviewItem> before = policies.reviewsDue(QDate(2026, 1, 31)).value();
    REQUIRE(before.size() == 2);
    CHECK_FALSE(before[0].hasEffectiveRevision());
    CHECK_FALSE(before[1].hasEffectiveRevision());
}
