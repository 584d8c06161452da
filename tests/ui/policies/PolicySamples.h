#pragma once

// The policy library of a twenty-person medical coding and billing company,
// as of the fixture clock's day (2026-03-01), adopted from the starter
// policies in January 2025:
// - SEC-001 revision 1 took effect 2025-02-01 and was superseded on
//   2026-02-15 by revision 2, which carries a signed PDF;
// - ADM-003 took effect 2025-02-01 and is overdue for review (2026-01-20);
// - SEC-002 was approved 2025-03-20, so its review is due within 30 days;
// - ADM-002 revision 1 is in effect, overdue for review, and revision 2 is in
//   review with one of its three approvals;
// - the other eight are drafts with no revision in effect (findings).

#include "core/catalog/SecurityRuleCatalog.h"
#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyTemplateLibrary.h"
#include "core/program/Program.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"

#include <catch2/catch_test_macros.hpp>
#include <map>

namespace palisade::test {

struct PolicySample
{
    std::map<QString, qint64> ids; // by code
    qint64 sec001Rev1 = 0;
    qint64 sec001Rev2 = 0;
    qint64 adm002Rev2 = 0;
};

inline QDateTime policyMorning(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 0), Qt::UTC);
}

// Adds every starter template as a policy with its text as draft revision 1.
inline std::map<QString, qint64> adoptStarterPolicies(Program& program)
{
    Result<PolicyTemplateLibrary> library = PolicyTemplateLibrary::load();
    REQUIRE(library);
    std::map<QString, qint64> ids;
    for (const PolicyTemplate& found : library->templates()) {
        Policy policy;
        policy.code = found.code;
        policy.title = found.title;
        policy.category = policyCategoryFromKey(found.category).value_or(PolicyCategory::Security);
        policy.owner = found.category == QLatin1String("privacy")
                           ? QStringLiteral("Privacy Officer")
                           : QStringLiteral("Security Officer");
        policy.reviewCycleMonths = found.reviewMonths;
        policy.requiredApprovalRoles = found.approvalRoles;
        policy.templateKey = found.key;
        for (const QString& citation : found.citations) {
            if (program.catalog().contains(citation))
                policy.citations << citation;
        }
        Result<Policy> added = program.policies().add(
            policy, QString(found.body)
                        .replace(QStringLiteral("[Organization]"),
                                 QStringLiteral("Riverbend Coding Services")));
        REQUIRE(added);
        ids[found.code] = added->id;
    }
    return ids;
}

// Submits the revision and records an approval for each role the policy names.
inline void approveRevision(Program& program, qint64 revisionId, const QDate& on)
{
    PolicyRegister& policies = program.policies();
    Result<PolicyRevision> revision = policies.revision(revisionId);
    REQUIRE(revision);
    if (revision->state == RevisionState::Draft)
        REQUIRE(policies.submitForReview(revisionId));
    Result<Policy> policy = policies.policy(revision->policyId);
    REQUIRE(policy);
    const QStringList names{QStringLiteral("Joan Ramos"), QStringLiteral("Dana Whitfield"),
                            QStringLiteral("Ravi Chandra")};
    int index = 0;
    for (const QString& role : policy->requiredApprovalRoles) {
        PolicyApproval approval;
        approval.approver = names[index++ % names.size()];
        approval.role = role;
        approval.approvedOn = on;
        approval.meaning = role == QLatin1String("Chief Executive")
                               ? QStringLiteral("Executive approval")
                               : QStringLiteral("Approved as policy owner");
        REQUIRE(policies.recordApproval(revisionId, approval));
    }
}

inline qint64 firstRevision(Program& program, qint64 policyId)
{
    Result<std::vector<PolicyRevision>> revisions = program.policies().revisions(policyId);
    REQUIRE(revisions);
    REQUIRE_FALSE(revisions->empty());
    return revisions->front().id;
}

// Words in the second revision of SEC-001 that the first one lacks.
inline QString secondRevisionText(const QString& first)
{
    QString text = first;
    text.replace(QStringLiteral("## Policy"),
                 QStringLiteral("## Policy\n\nAccess to every system holding ePHI is reviewed "
                                "each quarter by the Security Officer."));
    return text;
}

inline PolicySample addPolicyLibrary(TemporaryProgram& fixture)
{
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    PolicySample sample;
    fixture.clock().set(policyMorning(2025, 1, 10));
    sample.ids = adoptStarterPolicies(program);

    fixture.clock().set(policyMorning(2025, 1, 20));
    sample.sec001Rev1 = firstRevision(program, sample.ids.at(QStringLiteral("SEC-001")));
    approveRevision(program, sample.sec001Rev1, QDate(2025, 1, 20));
    REQUIRE(policies.makeEffective(sample.sec001Rev1, QDate(2025, 2, 1)));
    const qint64 training = firstRevision(program, sample.ids.at(QStringLiteral("ADM-003")));
    approveRevision(program, training, QDate(2025, 1, 20));
    REQUIRE(policies.makeEffective(training, QDate(2025, 2, 1)));
    const qint64 associates = firstRevision(program, sample.ids.at(QStringLiteral("ADM-002")));
    approveRevision(program, associates, QDate(2025, 1, 20));
    REQUIRE(policies.makeEffective(associates, QDate(2025, 2, 1)));

    fixture.clock().set(policyMorning(2025, 3, 20));
    const qint64 risk = firstRevision(program, sample.ids.at(QStringLiteral("SEC-002")));
    approveRevision(program, risk, QDate(2025, 3, 20));
    REQUIRE(policies.makeEffective(risk, QDate(2025, 4, 1)));

    fixture.clock().set(policyMorning(2026, 2, 10));
    Result<PolicyRevision> second = policies.addRevision(sample.ids.at(QStringLiteral("SEC-001")));
    REQUIRE(second);
    sample.sec001Rev2 = second->id;
    second->content = secondRevisionText(second->content);
    second->changeSummary = QStringLiteral("Adds the quarterly access review");
    REQUIRE(policies.updateDraft(*second));
    REQUIRE(policies.attachFile(
        sample.sec001Rev2, QStringLiteral("SEC-001-rev2-signed.pdf"),
        makeTestPdf({QStringLiteral("SEC-001 Security Management Process\nRevision 2\n\nSigned: "
                                    "Dana Whitfield, Security Officer\nJoan Ramos, Chief "
                                    "Executive")})));
    fixture.clock().set(policyMorning(2026, 2, 12));
    approveRevision(program, sample.sec001Rev2, QDate(2026, 2, 12));
    REQUIRE(policies.makeEffective(sample.sec001Rev2, QDate(2026, 2, 15)));

    Result<PolicyRevision> associatesNext =
        policies.addRevision(sample.ids.at(QStringLiteral("ADM-002")));
    REQUIRE(associatesNext);
    sample.adm002Rev2 = associatesNext->id;
    associatesNext->changeSummary = QStringLiteral("Names the new clearinghouse");
    associatesNext->content += QStringLiteral("\n\nClaimBridge Clearinghouse is listed in the "
                                              "register of business associates.");
    REQUIRE(policies.updateDraft(*associatesNext));
    REQUIRE(policies.submitForReview(sample.adm002Rev2));
    PolicyApproval first;
    first.approver = QStringLiteral("Dana Whitfield");
    first.role = QStringLiteral("Privacy Officer");
    first.approvedOn = QDate(2026, 2, 20);
    first.meaning = QStringLiteral("Approved as policy owner");
    fixture.clock().set(policyMorning(2026, 2, 20));
    REQUIRE(policies.recordApproval(sample.adm002Rev2, first));

    fixture.clock().set(policyMorning(2026, 3, 1));
    return sample;
}

} // namespace palisade::test
