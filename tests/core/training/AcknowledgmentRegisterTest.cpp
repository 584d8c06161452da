#include "core/training/AcknowledgmentRegister.h"

#include "core/policies/PolicyRegister.h"
#include "core/training/WorkforceRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/core/training/TrainingRegisterSamples.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

TEST_CASE_METHOD(TrainingFixture, "Acknowledgments are of approved revisions, listed per revision",
                 "[training][register]")
{
    const Policy policy = policies.add(accessControlPolicy(), QStringLiteral("Rules.")).value();
    const qint64 revisionId = policies.revisions(policy.id)->front().id;
    const Person a =
        workforce.addPerson(newPerson(QStringLiteral("E-1"), QDate(2025, 1, 6))).value();
    const Person b =
        workforce.addPerson(newPerson(QStringLiteral("E-2"), QDate(2025, 1, 6))).value();

    PolicyAcknowledgment ack;
    ack.personId = a.id;
    ack.revisionId = revisionId;
    ack.acknowledgedOn = QDate(2026, 3, 1);
    Result<PolicyAcknowledgment> draftAck = acknowledgments.addAcknowledgment(ack);
    REQUIRE_FALSE(draftAck.ok());
    CHECK(draftAck.error().message.contains(QStringLiteral("approved")));

    approveRevision(policies, revisionId, QDate(2026, 3, 1));
    REQUIRE(acknowledgments.addAcknowledgment(ack).ok());
    CHECK_FALSE(acknowledgments.addAcknowledgment(ack).ok());
    ack.personId = b.id;
    ack.acknowledgedOn = QDate(2026, 3, 2);
    CHECK_FALSE(acknowledgments.addAcknowledgment(ack).ok()); // in the future
    ack.acknowledgedOn = QDate(2026, 3, 1);
    const PolicyAcknowledgment second = acknowledgments.addAcknowledgment(ack).value();
    const std::vector<PolicyAcknowledgment> listed =
        acknowledgments.acknowledgmentsFor(revisionId).value();
    REQUIRE(listed.size() == 2);
    CHECK(listed[1] == second);
    CHECK(acknowledgments.acknowledgmentsOf(b.id)->size() == 1);
    CHECK(eventsOf(program, QStringLiteral("policy_acknowledgment"), QStringLiteral("created"))
              .size() == 2);
    CHECK_FALSE(acknowledgments.removeAcknowledgment(second.id).ok());
    CHECK(acknowledgments.acknowledgmentsFor(revisionId)->size() == 2);
}

TEST_CASE_METHOD(TrainingFixture,
                 "Acknowledgments of a policy cover all its revisions and no other policy's",
                 "[training][register]")
{
    setTrainingToday(fixture, QDate(2026, 1, 5));
    const Person a =
        workforce.addPerson(newPerson(QStringLiteral("E-1"), QDate(2025, 1, 6))).value();
    const Person b =
        workforce.addPerson(newPerson(QStringLiteral("E-2"), QDate(2025, 1, 6))).value();
    const Policy policy = policies.add(accessControlPolicy(), QStringLiteral("Rules.")).value();
    const qint64 first = policies.revisions(policy.id)->front().id;
    approveRevision(policies, first, QDate(2026, 1, 5));
    REQUIRE(policies.makeEffective(first, QDate(2026, 1, 5)).ok());
    Policy otherDraft = accessControlPolicy();
    otherDraft.code = QStringLiteral("SEC-005");
    otherDraft.title = QStringLiteral("Audit Controls");
    const Policy other = policies.add(otherDraft, QStringLiteral("Logs.")).value();
    const qint64 otherRevision = policies.revisions(other.id)->front().id;
    approveRevision(policies, otherRevision, QDate(2026, 1, 5));
    setTrainingToday(fixture, QDate(2026, 2, 2));
    PolicyRevision draft = policies.addRevision(policy.id).value();
    draft.changeSummary = QStringLiteral("Reviewed yearly.");
    const qint64 second = policies.updateDraft(draft).value().id;
    approveRevision(policies, second, QDate(2026, 2, 2));
    setTrainingToday(fixture, QDate(2026, 3, 1));

    const auto acknowledge = [&](const Person& person, qint64 revisionId, const QDate& on) {
        PolicyAcknowledgment ack;
        ack.personId = person.id;
        ack.revisionId = revisionId;
        ack.acknowledgedOn = on;
        return acknowledgments.addAcknowledgment(ack).value();
    };
    const PolicyAcknowledgment bSecond = acknowledge(b, second, QDate(2026, 2, 10));
    const PolicyAcknowledgment aFirst = acknowledge(a, first, QDate(2026, 1, 20));
    const PolicyAcknowledgment aSecond = acknowledge(a, second, QDate(2026, 2, 10));
    acknowledge(a, otherRevision, QDate(2026, 1, 20));

    const std::vector<PolicyAcknowledgment> listed =
        acknowledgments.acknowledgmentsForPolicy(policy.id).value();
    REQUIRE(listed.size() == 3);
    CHECK(listed[0] == aFirst);
    CHECK(listed[1] == aSecond); // same day: by person
    CHECK(listed[2] == bSecond);
    CHECK(acknowledgments.acknowledgmentsForPolicy(other.id)->size() == 1);
    CHECK(acknowledgments.acknowledgmentsForPolicy(other.id + 100)->empty());
}
