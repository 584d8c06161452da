#include "core/policies/PolicyRegister.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/support/TemporaryProgram.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QJsonObject json(const QByteArray& canonical)
{
    return QJsonDocument::fromJson(canonical).object();
}

QString state(const QByteArray& canonical)
{
    return json(canonical).value(QStringLiteral("state")).toString();
}

QStringList actions(const std::vector<AuditEvent>& events)
{
    QStringList out;
    for (const AuditEvent& event : events)
        out << event.entity + QLatin1Char(':') + event.action;
    return out;
}

} // namespace

TEST_CASE("Policy categories and revision states keep their keys", "[policies]")
{
    for (PolicyCategory category : allPolicyCategories())
        CHECK(policyCategoryFromKey(policyCategoryKey(category)) == category);
    CHECK(policyCategoryKey(PolicyCategory::BreachNotification) ==
          QStringLiteral("breach_notification"));
    for (RevisionState s : allRevisionStates()) {
        CHECK(revisionStateFromKey(revisionStateKey(s)) == s);
        CHECK_FALSE(revisionStateLabel(s).isEmpty());
    }
    CHECK(revisionStateKey(RevisionState::InReview) == QStringLiteral("in_review"));
    CHECK_FALSE(revisionStateFromKey(QStringLiteral("published")).has_value());

    using S = RevisionState;
    CHECK(revisionStateChangeAllowed(S::Draft, S::InReview));
    CHECK(revisionStateChangeAllowed(S::InReview, S::Draft));
    CHECK(revisionStateChangeAllowed(S::InReview, S::Approved));
    CHECK(revisionStateChangeAllowed(S::Approved, S::Effective));
    CHECK(revisionStateChangeAllowed(S::Approved, S::Retired));
    CHECK(revisionStateChangeAllowed(S::Effective, S::Superseded));
    CHECK(revisionStateChangeAllowed(S::Effective, S::Retired));
    CHECK_FALSE(revisionStateChangeAllowed(S::Draft, S::Approved));
    CHECK_FALSE(revisionStateChangeAllowed(S::Approved, S::Draft));
    CHECK_FALSE(revisionStateChangeAllowed(S::Superseded, S::Effective));
    CHECK_FALSE(revisionStateChangeAllowed(S::Retired, S::Effective));
    CHECK(revisionStateIsOpen(S::InReview));
    CHECK_FALSE(revisionStateIsOpen(S::Approved));
}

TEST_CASE("Adding a policy stores it with draft revision 1", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    QSignalSpy changed(&policies, &PolicyRegister::policiesChanged);

    Policy draft = accessControlPolicy();
    draft.code = QStringLiteral("  SEC-004 ");
    draft.requiredApprovalRoles << QStringLiteral(" privacy  officer") << QString();
    Result<Policy> added = policies.add(draft, QStringLiteral("# Access Control\n\nRules."));
    REQUIRE(added.ok());
    CHECK(changed.count() == 1);
    CHECK(added->code == QStringLiteral("SEC-004"));
    CHECK(added->citations ==
          QStringList{QStringLiteral("164.312(a)(1)"), QStringLiteral("164.312(d)")});
    CHECK(added->requiredApprovalRoles ==
          QStringList{QStringLiteral("Privacy Officer"), QStringLiteral("Chief Executive")});
    CHECK(added->reviewCycleMonths == 12);
    CHECK(policies.policy(added->id).value() == *added);

    const std::vector<PolicyRevision> revisions = policies.revisions(added->id).value();
    REQUIRE(revisions.size() == 1);
    CHECK(revisions[0].number == 1);
    CHECK(revisions[0].state == RevisionState::Draft);
    CHECK(revisions[0].author == QStringLiteral("Dana Whitfield"));
    CHECK(revisions[0].content == QStringLiteral("# Access Control\n\nRules."));
    CHECK_FALSE(revisions[0].file.has_value());
    CHECK(PolicyRegister::revisionName(*added, revisions[0]) ==
          QStringLiteral("SEC-004 revision 1"));

    const std::vector<AuditEvent> history = policies.history(added->id).value();
    CHECK(actions(history) ==
          QStringList{QStringLiteral("policy:created"), QStringLiteral("policy_revision:created")});
    CHECK(json(history[0].after).value(QStringLiteral("code")) == QStringLiteral("SEC-004"));
    CHECK(history[0].before == QByteArray("{}"));
    CHECK(state(history[1].after) == QStringLiteral("draft"));
}

TEST_CASE("Policy rules name every problem", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    REQUIRE(policies.add(accessControlPolicy()).ok());

    Policy bad;
    bad.code = QString();
    bad.title = QStringLiteral("   ");
    bad.reviewCycleMonths = 0;
    bad.citations = {QStringLiteral("164.999(z)")};
    QStringList problems = policies.problems(bad);
    CHECK(problems.contains(QStringLiteral("Give the policy a code, e.g. \"SEC-004\".")));
    CHECK(problems.contains(QStringLiteral("Give the policy a title.")));
    CHECK(problems.contains(QStringLiteral("Review the policy every 1 to 60 months.")));
    CHECK(problems.contains(QStringLiteral("\"164.999(z)\" is not a standard or implementation "
                                           "specification of the Security Rule catalog.")));

    Policy taken = accessControlPolicy();
    taken.code = QStringLiteral("sec-004");
    taken.reviewCycleMonths = 61;
    problems = policies.problems(taken);
    CHECK(problems.contains(QStringLiteral("Another policy already has the code sec-004.")));
    CHECK(problems.contains(QStringLiteral("Review the policy every 1 to 60 months.")));
    Result<Policy> refused = policies.add(taken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("sec-004")));

    Policy spaced = accessControlPolicy();
    spaced.code = QStringLiteral("SEC 005");
    CHECK(policies.problems(spaced).contains(
        QStringLiteral("The code SEC 005 may hold only letters, digits, \"-\", \".\" and \"_\".")));

    Policy fine = accessControlPolicy();
    fine.code = QStringLiteral("PRV-001");
    fine.reviewCycleMonths = 60;
    CHECK(policies.problems(fine).isEmpty());
    REQUIRE(policies.policies()->size() == 1);
}

TEST_CASE("A policy's details change with an audited before and after", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    Policy policy = policies.add(accessControlPolicy()).value();
    fixture.clock().advanceDays(1);

    policy.title = QStringLiteral("Access Control and Authentication");
    policy.reviewCycleMonths = 24;
    policy.retiredOn = QDate(2026, 1, 1); // ignored: set by retire() only
    Result<Policy> updated = policies.update(policy);
    REQUIRE(updated.ok());
    CHECK(updated->reviewCycleMonths == 24);
    CHECK_FALSE(updated->retiredOn.isValid());
    CHECK(updated->updatedAt == fixture.clock().nowUtc());

    const std::vector<AuditEvent> history = policies.history(policy.id).value();
    REQUIRE(history.size() == 3);
    CHECK(history[2].action == QStringLiteral("updated"));
    CHECK(json(history[2].before).value(QStringLiteral("title")) ==
          QStringLiteral("Access Control"));
    CHECK(json(history[2].after).value(QStringLiteral("review_cycle_months")) == 24);

    Policy other = accessControlPolicy();
    other.code = QStringLiteral("SEC-005");
    const qint64 otherId = policies.add(other)->id;
    other.id = otherId;
    other.code = QStringLiteral("Sec-004");
    Result<Policy> clash = policies.update(other);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().message == QStringLiteral("Another policy already has the code Sec-004."));
}

TEST_CASE("A revision is reviewed, approved by every role and takes effect", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    const QDate today = fixture.clock().today(); // 2026-03-01
    const Policy policy = policies.add(accessControlPolicy()).value();
    PolicyRevision draft = policies.revisions(policy.id)->front();

    // Nothing to review yet.
    Result<PolicyRevision> empty = policies.submitForReview(draft.id);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message == QStringLiteral("SEC-004 revision 1 has neither text nor a "
                                                  "file; write the policy or attach its PDF."));
    Result<PolicyApproval> early = policies.recordApproval(
        draft.id, approvalBy(QStringLiteral("Ann"), QStringLiteral("Privacy Officer"), today));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message == QStringLiteral("SEC-004 revision 1 is Draft; approvals are "
                                                  "recorded only while it is in review."));

    draft.content = QStringLiteral("Only authorized users reach ePHI.");
    draft.number = 7; // ignored: only content and summary are taken
    Result<PolicyRevision> edited = policies.updateDraft(draft);
    REQUIRE(edited.ok());
    CHECK(edited->number == 1);
    CHECK(edited->content == QStringLiteral("Only authorized users reach ePHI."));

    Result<PolicyRevision> submitted = policies.submitForReview(draft.id);
    REQUIRE(submitted.ok());
    CHECK(submitted->state == RevisionState::InReview);
    Result<PolicyRevision> frozenText = policies.updateDraft(*submitted);
    REQUIRE_FALSE(frozenText.ok());
    CHECK(frozenText.error().message ==
          QStringLiteral("SEC-004 revision 1 is In Review; only a draft can be edited."));
    CHECK_FALSE(policies.submitForReview(draft.id).ok());
    CHECK_FALSE(policies.makeEffective(draft.id, today).ok());

    // Approval rules.
    PolicyApproval blank;
    blank.approvedOn = today.addDays(1);
    Result<PolicyApproval> invalid = policies.recordApproval(draft.id, blank);
    REQUIRE_FALSE(invalid.ok());
    const QString message = invalid.error().message;
    CHECK(message.contains(QStringLiteral("Name who approved SEC-004 revision 1.")));
    CHECK(message.contains(
        QStringLiteral("Give the role in which SEC-004 revision 1 was approved.")));
    CHECK(message.contains(QStringLiteral("Say what the approval of SEC-004 revision 1 means")));
    CHECK(message.contains(QStringLiteral("The approval date 2026-03-02 is in the future.")));

    Result<PolicyApproval> beforeWritten = policies.recordApproval(
        draft.id,
        approvalBy(QStringLiteral("Ann"), QStringLiteral("Privacy Officer"), QDate(2026, 2, 27)));
    REQUIRE_FALSE(beforeWritten.ok());
    CHECK(beforeWritten.error().message ==
          QStringLiteral("The approval date 2026-02-27 is before SEC-004 revision 1 was written "
                         "(2026-03-01)."));
    Result<PolicyApproval> wrongRole = policies.recordApproval(
        draft.id, approvalBy(QStringLiteral("Ann"), QStringLiteral("Board Chair"), today));
    REQUIRE_FALSE(wrongRole.ok());
    CHECK(wrongRole.error().message ==
          QStringLiteral("SEC-004 needs approval as Privacy Officer, Chief Executive; \"Board "
                         "Chair\" is not one of them."));

    // The first role does not complete it.
    fixture.clock().advanceDays(3);
    Result<PolicyApproval> first = policies.recordApproval(
        draft.id, approvalBy(QStringLiteral("Ann Lee"), QStringLiteral("privacy officer"),
                             QDate(2026, 3, 2)));
    REQUIRE(first.ok());
    CHECK(first->role == QStringLiteral("Privacy Officer"));
    CHECK(first->recordedBy == QStringLiteral("Dana Whitfield"));
    CHECK(first->recordedAt == fixture.clock().nowUtc());
    CHECK(policies.revision(draft.id)->state == RevisionState::InReview);
    CHECK(PolicyRegister::outstandingRoles(policy, policies.approvals(draft.id).value()) ==
          QStringList{QStringLiteral("Chief Executive")});
    Result<PolicyApproval> twice = policies.recordApproval(
        draft.id, approvalBy(QStringLiteral("ann lee"), QStringLiteral("Privacy Officer"),
                             QDate(2026, 3, 2)));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message ==
          QStringLiteral("Ann Lee already approved SEC-004 revision 1 as Privacy Officer."));

    // The last role approves it, dated by the latest approval.
    Result<PolicyApproval> second = policies.recordApproval(
        draft.id, approvalBy(QStringLiteral("Raj Patel"), QStringLiteral("Chief Executive"),
                             QDate(2026, 3, 3)));
    REQUIRE(second.ok());
    PolicyRevision approved = policies.revision(draft.id).value();
    CHECK(approved.state == RevisionState::Approved);
    CHECK(approved.approvedOn == QDate(2026, 3, 3));
    CHECK(policies.approvals(draft.id)->size() == 2);
    CHECK_FALSE(policies
                    .recordApproval(draft.id, approvalBy(QStringLiteral("Someone"),
                                                         QStringLiteral("Chief Executive"),
                                                         QDate(2026, 3, 3)))
                    .ok());
    CHECK_FALSE(policies.returnToDraft(draft.id, QStringLiteral("late change")).ok());
    CHECK_FALSE(policies.updateDraft(approved).ok());

    // It takes effect no earlier than its approval.
    Result<PolicyRevision> tooEarly = policies.makeEffective(draft.id, QDate(2026, 3, 2));
    REQUIRE_FALSE(tooEarly.ok());
    CHECK(tooEarly.error().message == QStringLiteral("SEC-004 revision 1 was approved on "
                                                     "2026-03-03 and cannot take effect before "
                                                     "that."));
    Result<PolicyRevision> effective = policies.makeEffective(draft.id, QDate(2026, 3, 4));
    REQUIRE(effective.ok());
    CHECK(effective->state == RevisionState::Effective);
    CHECK(effective->effectiveOn == QDate(2026, 3, 4));
    CHECK_FALSE(effective->endedOn.isValid());
    CHECK_FALSE(policies.makeEffective(draft.id, QDate(2026, 3, 5)).ok());

    const QStringList expected{QStringLiteral("policy:created"),
                               QStringLiteral("policy_revision:created"),
                               QStringLiteral("policy_revision:updated"),
                               QStringLiteral("policy_revision:submitted"),
                               QStringLiteral("policy_approval:recorded"),
                               QStringLiteral("policy_approval:recorded"),
                               QStringLiteral("policy_revision:approved"),
                               QStringLiteral("policy_revision:made_effective")};
    const std::vector<AuditEvent> history = policies.history(policy.id).value();
    CHECK(actions(history) == expected);
    CHECK(state(history[6].before) == QStringLiteral("in_review"));
    CHECK(state(history[6].after) == QStringLiteral("approved"));
    CHECK(json(history[5].after).value(QStringLiteral("approver")) == QStringLiteral("Raj Patel"));
    CHECK(json(history[7].after).value(QStringLiteral("effective_on")) ==
          QStringLiteral("2026-03-04"));
}

TEST_CASE("A policy that names no roles is approved by its first approval", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    Policy policy = accessControlPolicy();
    policy.requiredApprovalRoles.clear();
    const qint64 id = policies.add(policy, QStringLiteral("Text"))->id;
    const qint64 revisionId = policies.revisions(id)->front().id;
    REQUIRE(policies.submitForReview(revisionId).ok());
    REQUIRE(policies
                .recordApproval(revisionId, approvalBy(QStringLiteral("Dana"),
                                                       QStringLiteral("Security Officer"),
                                                       fixture.clock().today()))
                .ok());
    CHECK(policies.revision(revisionId)->state == RevisionState::Approved);
    CHECK(policies.revision(revisionId)->approvedOn == fixture.clock().today());
}

TEST_CASE("A revision returned to draft loses its approvals", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    const qint64 id = policies.add(accessControlPolicy(), QStringLiteral("Text"))->id;
    const qint64 revisionId = policies.revisions(id)->front().id;
    REQUIRE(policies.submitForReview(revisionId).ok());
    REQUIRE(policies
                .recordApproval(revisionId,
                                approvalBy(QStringLiteral("Ann"), QStringLiteral("Privacy Officer"),
                                           fixture.clock().today()))
                .ok());

    Result<PolicyRevision> noReason = policies.returnToDraft(revisionId, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().message ==
          QStringLiteral("Say why SEC-004 revision 1 goes back to draft."));

    Result<PolicyRevision> returned =
        policies.returnToDraft(revisionId, QStringLiteral("Section 3 needs the new MFA rule"));
    REQUIRE(returned.ok());
    CHECK(returned->state == RevisionState::Draft);
    CHECK(policies.approvals(revisionId)->empty());
    CHECK_FALSE(policies.returnToDraft(revisionId, QStringLiteral("again")).ok());

    const std::vector<AuditEvent> history = policies.history(id).value();
    REQUIRE(history.size() >= 2);
    CHECK(history[history.size() - 2].action == QStringLiteral("withdrawn"));
    CHECK(history[history.size() - 2].entity == QStringLiteral("policy_approval"));
    CHECK(history.back().action == QStringLiteral("returned"));
    CHECK(json(history.back().after).value(QStringLiteral("reason")) ==
          QStringLiteral("Section 3 needs the new MFA rule"));
    CHECK(state(history.back().before) == QStringLiteral("in_review"));
}

TEST_CASE("A new revision supersedes the one in effect", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    const QDate today = fixture.clock().today(); // 2026-03-01
    const qint64 id = policies.add(accessControlPolicy(), QStringLiteral("Version one"))->id;
    const qint64 first = policies.revisions(id)->front().id;
    approveRevision(policies, first, today);
    REQUIRE(policies.makeEffective(first, today).ok());

    Result<PolicyRevision> second = policies.addRevision(id);
    REQUIRE(second.ok());
    CHECK(second->number == 2);
    CHECK(second->state == RevisionState::Draft);
    CHECK(second->content == QStringLiteral("Version one"));
    Result<PolicyRevision> another = policies.addRevision(id);
    REQUIRE_FALSE(another.ok());
    CHECK(another.error().message ==
          QStringLiteral("SEC-004 revision 2 is still Draft; finish or "
                         "discard it before starting another revision."));

    PolicyRevision edit = *second;
    edit.content = QStringLiteral("Version two");
    REQUIRE(policies.updateDraft(edit).ok());
    Result<PolicyRevision> noSummary = policies.submitForReview(second->id);
    REQUIRE_FALSE(noSummary.ok());
    CHECK(noSummary.error().message ==
          QStringLiteral("SEC-004 revision 2 needs a summary of what changed since revision 1."));
    edit.changeSummary = QStringLiteral("Adds multi-factor authentication.");
    REQUIRE(policies.updateDraft(edit).ok());

    fixture.clock().advanceDays(10); // 2026-03-11
    approveRevision(policies, second->id, fixture.clock().today());
    Result<PolicyRevision> sameDay = policies.makeEffective(second->id, QDate(2026, 3, 11));
    REQUIRE(sameDay.ok());
    const PolicyRevision previous = policies.revision(first).value();
    CHECK(previous.state == RevisionState::Superseded);
    CHECK(previous.endedOn == QDate(2026, 3, 11));
    CHECK(previous.effectiveOn == today);

    // On the successor's first day the successor is in effect.
    CHECK(policies.currentRevision(id, QDate(2026, 3, 10))->value().id == first);
    CHECK(policies.currentRevision(id, QDate(2026, 3, 11))->value().id == second->id);
    CHECK_FALSE(policies.currentRevision(id, QDate(2026, 2, 28))->has_value());

    const std::vector<AuditEvent> history = policies.history(id).value();
    const AuditEvent& superseded = history[history.size() - 2];
    CHECK(superseded.action == QStringLiteral("superseded"));
    CHECK(json(superseded.before).value(QStringLiteral("ended_on")) == QString());
    CHECK(json(superseded.after).value(QStringLiteral("ended_on")) == QStringLiteral("2026-03-11"));
    CHECK(history.back().action == QStringLiteral("made_effective"));
}

TEST_CASE("A revision scheduled to take effect later", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    const QDate today = fixture.clock().today(); // 2026-03-01
    const qint64 id = policies.add(accessControlPolicy(), QStringLiteral("One"))->id;
    const qint64 first = policies.revisions(id)->front().id;
    approveRevision(policies, first, today);
    REQUIRE(policies.makeEffective(first, today).ok());

    PolicyRevision second = policies.addRevision(id).value();
    second.changeSummary = QStringLiteral("Two");
    REQUIRE(policies.updateDraft(second).ok());
    approveRevision(policies, second.id, today);
    Result<PolicyRevision> scheduled = policies.makeEffective(second.id, QDate(2026, 4, 1));
    REQUIRE(scheduled.ok());
    CHECK(scheduled->state == RevisionState::Effective);
    CHECK(policies.revision(first)->endedOn == QDate(2026, 4, 1));

    CHECK(policies.currentRevision(id, today)->value().id == first);
    CHECK(policies.currentRevision(id, QDate(2026, 3, 31))->value().id == first);
    CHECK(policies.currentRevision(id, QDate(2026, 4, 1))->value().id == second.id);
    CHECK(policies.currentRevision(id, QDate(2030, 1, 1))->value().id == second.id);

    PolicyRevision third = policies.addRevision(id).value();
    third.changeSummary = QStringLiteral("Three");
    REQUIRE(policies.updateDraft(third).ok());
    approveRevision(policies, third.id, today);
    Result<PolicyRevision> clash = policies.makeEffective(third.id, QDate(2026, 3, 15));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().message == QStringLiteral("SEC-004 revision 2 is already scheduled to take "
                                                  "effect on 2026-04-01; SEC-004 revision 3 must "
                                                  "take effect after that."));
    CHECK(policies.revision(third.id)->state == RevisionState::Approved);

    // Later than the scheduled one, it cuts that one's time short.
    REQUIRE(policies.makeEffective(third.id, QDate(2026, 5, 1)).ok());
    CHECK(policies.revision(second.id)->state == RevisionState::Superseded);
    CHECK(policies.revision(second.id)->endedOn == QDate(2026, 5, 1));
    CHECK(policies.currentRevision(id, QDate(2026, 4, 30))->value().id == second.id);
    CHECK(policies.currentRevision(id, QDate(2026, 5, 1))->value().id == third.id);
}

TEST_CASE("Only drafts are edited, discarded or deleted with their policy", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    const qint64 id = policies.add(accessControlPolicy(), QStringLiteral("Text"))->id;
    const qint64 first = policies.revisions(id)->front().id;

    Result<void> onlyOne = policies.discardDraft(first);
    REQUIRE_FALSE(onlyOne.ok());
    CHECK(onlyOne.error().message ==
          QStringLiteral("SEC-004 revision 1 is the policy's only revision; delete the policy "
                         "instead."));

    Policy unapproved = accessControlPolicy();
    unapproved.code = QStringLiteral("SEC-009");
    const qint64 draftOnly = policies.add(unapproved, QStringLiteral("Draft"))->id;
    const qint64 draftRevision = policies.revisions(draftOnly)->front().id;
    REQUIRE(policies.submitForReview(draftRevision).ok());
    REQUIRE(policies
                .recordApproval(draftRevision,
                                approvalBy(QStringLiteral("Ann"), QStringLiteral("Privacy Officer"),
                                           fixture.clock().today()))
                .ok());
    REQUIRE(policies.removePolicy(draftOnly).ok());
    CHECK_FALSE(policies.policy(draftOnly).ok());
    const std::vector<AuditEvent> gone = policies.history(draftOnly).value();
    CHECK(gone.back().entity == QStringLiteral("policy"));
    CHECK(gone.back().action == QStringLiteral("deleted"));
    CHECK(actions(gone).contains(QStringLiteral("policy_approval:deleted")));

    approveRevision(policies, first, fixture.clock().today());
    Result<void> kept = policies.removePolicy(id);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().message == QStringLiteral("SEC-004 revision 1 was approved and is kept as a "
                                                 "record; retire the policy instead."));

    const qint64 second = policies.addRevision(id)->id;
    REQUIRE(policies.discardDraft(second).ok());
    CHECK(policies.revisions(id)->size() == 1);
    CHECK_FALSE(policies.revision(second).ok());
    Result<void> notDraft = policies.discardDraft(first);
    REQUIRE_FALSE(notDraft.ok());
    CHECK(notDraft.error().message ==
          QStringLiteral("SEC-004 revision 1 is Approved; only a draft can be discarded."));
}

TEST_CASE("Retiring a policy ends its revision in effect", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    const QDate today = fixture.clock().today(); // 2026-03-01
    const qint64 id = policies.add(accessControlPolicy(), QStringLiteral("Text"))->id;
    const qint64 first = policies.revisions(id)->front().id;

    Result<Policy> neverApproved = policies.retire(id, today, QStringLiteral("Merged"));
    REQUIRE_FALSE(neverApproved.ok());
    CHECK(neverApproved.error().message.contains(QStringLiteral("is still Draft")));

    approveRevision(policies, first, today);
    REQUIRE(policies.makeEffective(first, QDate(2026, 3, 5)).ok());
    const qint64 second = policies.addRevision(id)->id;

    Result<Policy> openDraft = policies.retire(id, QDate(2026, 6, 30), QStringLiteral("Merged"));
    REQUIRE_FALSE(openDraft.ok());
    CHECK(openDraft.error().message ==
          QStringLiteral("SEC-004 revision 2 is still Draft; discard it or finish its review "
                         "before retiring the policy."));
    REQUIRE(policies.discardDraft(second).ok());

    CHECK(policies.retire(id, QDate(2026, 6, 30), QString()).error().message ==
          QStringLiteral("Say why SEC-004 is retired."));
    CHECK(policies.retire(id, QDate(2026, 3, 4), QStringLiteral("Merged")).error().message ==
          QStringLiteral("SEC-004 revision 1 takes effect on 2026-03-05; the policy cannot be "
                         "retired before that."));

    Result<Policy> retired =
        policies.retire(id, QDate(2026, 6, 30), QStringLiteral("Merged into SEC-001"));
    REQUIRE(retired.ok());
    CHECK(retired->retiredOn == QDate(2026, 6, 30));
    CHECK(retired->isRetired());
    const PolicyRevision ended = policies.revision(first).value();
    CHECK(ended.state == RevisionState::Retired);
    CHECK(ended.endedOn == QDate(2026, 6, 30));
    CHECK(policies.currentRevision(id, QDate(2026, 6, 30))->value().id == first);
    CHECK_FALSE(policies.currentRevision(id, QDate(2026, 7, 1))->has_value());

    const QString retiredMessage =
        QStringLiteral("SEC-004 was retired on 2026-06-30 and is kept as it was.");
    CHECK(policies.addRevision(id).error().message == retiredMessage);
    Policy renamed = *retired;
    renamed.title = QStringLiteral("Renamed");
    CHECK(policies.update(renamed).error().message == retiredMessage);
    CHECK(policies.retire(id, QDate(2026, 7, 1), QStringLiteral("Again")).error().message ==
          QStringLiteral("SEC-004 was already retired on 2026-06-30."));
    CHECK_FALSE(policies.removePolicy(id).ok());

    const std::vector<AuditEvent> history = policies.history(id).value();
    CHECK(history.back().entity == QStringLiteral("policy"));
    CHECK(history.back().action == QStringLiteral("retired"));
    CHECK(json(history.back().after).value(QStringLiteral("reason")) ==
          QStringLiteral("Merged into SEC-001"));
    CHECK(json(history.back().after).value(QStringLiteral("retired_on")) ==
          QStringLiteral("2026-06-30"));
    CHECK(history[history.size() - 2].action == QStringLiteral("retired"));
    CHECK(state(history[history.size() - 2].before) == QStringLiteral("effective"));
}

TEST_CASE("An approved revision that never took effect may be retired", "[policies]")
{
    TemporaryProgram fixture;
    PolicyRegister& policies = fixture.program().policies();
    const qint64 id = policies.add(accessControlPolicy(), QStringLiteral("Text"))->id;
    const qint64 first = policies.revisions(id)->front().id;
    approveRevision(policies, first, fixture.clock().today());
    REQUIRE(policies.retire(id, fixture.clock().today(), QStringLiteral("Never adopted")).ok());
    const PolicyRevision retired = policies.revision(first).value();
    CHECK(retired.state == RevisionState::Retired);
    CHECK_FALSE(retired.effectiveOn.isValid());
    CHECK_FALSE(policies.currentRevision(id, fixture.clock().today())->has_value());
    CHECK_FALSE(policies.makeEffective(first, fixture.clock().today()).ok());
}
