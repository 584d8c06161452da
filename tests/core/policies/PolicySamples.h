#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyApproval.h"
#include "core/policies/PolicyRegister.h"

#include <catch2/catch_test_macros.hpp>

namespace palisade::test {

// SEC-004, approved by the Privacy Officer and the Chief Executive.
inline Policy accessControlPolicy()
{
    Policy policy;
    policy.code = QStringLiteral("SEC-004");
    policy.title = QStringLiteral("Access Control");
    policy.category = PolicyCategory::Security;
    policy.owner = QStringLiteral("IT Manager");
    policy.citations = {QStringLiteral("164.312(d)"), QStringLiteral("164.312(a)(1)")};
    policy.requiredApprovalRoles = {QStringLiteral("Privacy Officer"),
                                    QStringLiteral("Chief Executive")};
    return policy;
}

inline PolicyApproval approvalBy(const QString& approver, const QString& role, const QDate& on)
{
    PolicyApproval approval;
    approval.approver = approver;
    approval.role = role;
    approval.approvedOn = on;
    approval.meaning = QStringLiteral("Approved for use");
    return approval;
}

// Submits a draft and records every approval its policy needs on `on`.
inline PolicyRevision approveRevision(PolicyRegister& policies, qint64 revisionId, const QDate& on)
{
    Result<PolicyRevision> submitted = policies.submitForReview(revisionId);
    REQUIRE(submitted.ok());
    const Policy policy = policies.policy(submitted->policyId).value();
    QStringList roles = policy.requiredApprovalRoles;
    if (roles.isEmpty())
        roles << QStringLiteral("Security Officer");
    for (const QString& role : roles) {
        Result<PolicyApproval> recorded = policies.recordApproval(
            revisionId, approvalBy(QStringLiteral("Approver of ") + role, role, on));
        REQUIRE(recorded.ok());
    }
    Result<PolicyRevision> approved = policies.revision(revisionId);
    REQUIRE(approved.ok());
    REQUIRE(approved->state == RevisionState::Approved);
    return *approved;
}

} // namespace palisade::test
