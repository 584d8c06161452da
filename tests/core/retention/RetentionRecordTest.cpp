#include "core/retention/RetentionRecord.h"

#include "core/retention/RetentionRegister.h"
#include "core/retention/RetentionRules.h"
#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

RetentionRecord endedAgreement()
{
    RetentionRecord record;
    record.recordType = QStringLiteral("agreement");
    record.recordId = 3;
    record.label = QStringLiteral("BAA-0003 Clearinghouse BAA");
    record.createdOn = QDate(2019, 4, 2);
    record.lastInEffectOn = QDate(2025, 5, 1);
    record.kept = true;
    return record;
}

} // namespace

TEST_CASE("A record's status moves from in effect to retained to eligible", "[retention]")
{
    RetentionRecord record = endedAgreement();
    CHECK(record.retainUntil() == QDate(2031, 5, 1));
    CHECK(record.status(QDate(2026, 1, 1)) == RetentionStatus::Retained);
    // Kept through its retain-until day; disposable from the day after.
    CHECK(record.status(QDate(2031, 5, 1)) == RetentionStatus::Retained);
    CHECK(record.status(QDate(2031, 5, 2)) == RetentionStatus::Eligible);
    CHECK(record.mayGo(QDate(2031, 5, 2)));
    CHECK_FALSE(record.mayGo(QDate(2031, 5, 1)));

    RetentionRecord active = record;
    active.inEffect = true;
    active.lastInEffectOn = QDate();
    CHECK_FALSE(active.retainUntil().isValid());
    CHECK(active.status(QDate(2099, 1, 1)) == RetentionStatus::InEffect);

    RetentionRecord draft = record;
    draft.kept = false;
    CHECK(draft.status(QDate(2020, 1, 1)) == RetentionStatus::Discardable);
    CHECK_FALSE(draft.retainUntil().isValid());

    LegalHold hold;
    hold.id = 1;
    hold.recordType = record.recordType;
    hold.reason = QStringLiteral("Subpoena 24-118");
    record.hold = hold;
    CHECK(record.status(QDate(2040, 1, 1)) == RetentionStatus::OnHold);
    draft.hold = hold;
    CHECK(draft.status(QDate(2020, 1, 1)) == RetentionStatus::OnHold);

    for (RetentionStatus status : allRetentionStatuses()) {
        CHECK(retentionStatusFromKey(retentionStatusKey(status)) == status);
        CHECK_FALSE(retentionStatusLabel(status).isEmpty());
    }
}

TEST_CASE("Refusals say until when, why, and under which rule", "[retention]")
{
    const RetentionRecord record = endedAgreement();
    CHECK(RetentionRegister::refusal(record, QDate(2026, 1, 1)) ==
          QStringLiteral("BAA-0003 Clearinghouse BAA must be kept until 2031-05-01: six years "
                         "after it was last in effect on 2025-05-01 (164.316(b)(2)(i); "
                         "164.530(j)(2))."));
    CHECK(RetentionRegister::refusal(record, QDate(2031, 5, 2)).isEmpty());

    RetentionRecord active = record;
    active.inEffect = true;
    active.lastInEffectOn = QDate();
    CHECK(RetentionRegister::refusal(active, QDate(2026, 1, 1)) ==
          QStringLiteral("BAA-0003 Clearinghouse BAA is kept while it is active, and for six "
                         "years after (164.316(b)(2)(i); 164.530(j)(2))."));

    RetentionRecord held = record;
    LegalHold hold;
    hold.recordType = record.recordType;
    hold.recordId = record.recordId;
    hold.reason = QStringLiteral("Subpoena 24-118.");
    held.hold = hold;
    CHECK(RetentionRegister::refusal(held, QDate(2040, 1, 1)) ==
          QStringLiteral("BAA-0003 Clearinghouse BAA is under a legal hold: Subpoena 24-118."));
}

TEST_CASE("The rule table covers every record type; audit events are never disposed of",
          "[retention]")
{
    const std::vector<RetentionRule> rules = RetentionRules::all();
    QStringList types;
    for (const RetentionRule& rule : rules) {
        types << rule.recordType;
        CHECK_FALSE(rule.label.isEmpty());
        CHECK_FALSE(rule.record.isEmpty());
        CHECK_FALSE(rule.createdBasis.isEmpty());
        CHECK_FALSE(rule.lastInEffectBasis.isEmpty());
        CHECK_FALSE(rule.keptWhile.isEmpty());
        CHECK(rule.citation.startsWith(QStringLiteral("164.316(b)(2)(i)")));
    }
    CHECK(types == QStringList{QStringLiteral("policy"), QStringLiteral("policy_revision"),
                               QStringLiteral("agreement"), QStringLiteral("agreement_document"),
                               QStringLiteral("counterparty"), QStringLiteral("risk"),
                               QStringLiteral("remediation_task"), QStringLiteral("asset"),
                               QStringLiteral("person"), QStringLiteral("training_completion"),
                               QStringLiteral("policy_acknowledgment"),
                               QStringLiteral("phishing_campaign"), QStringLiteral("incident"),
                               QStringLiteral("incident_notification"),
                               QStringLiteral("audit_event")});
    REQUIRE(RetentionRules::find(QStringLiteral("audit_event")).has_value());
    CHECK_FALSE(RetentionRules::find(QStringLiteral("audit_event"))->disposable);
    CHECK(RetentionRules::find(QStringLiteral("risk"))->disposable);
    CHECK_FALSE(RetentionRules::find(QStringLiteral("no_such_record")).has_value());
    CHECK(RetentionRegister::rules().size() == rules.size());
}
