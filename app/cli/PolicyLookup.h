#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyRevision.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace palisade {
class PolicyRegister;
}

namespace palisade::cli {

// A policy as the command line names it (its code, in any case, or its
// number) with its revisions, and the revisions a command acts on.
class PolicyLookup
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::PolicyLookup)

public:
    static Result<PolicyLookup> find(const PolicyRegister& policies, const QString& name);

    const Policy& policy() const { return m_policy; }
    const std::vector<PolicyRevision>& revisions() const { return m_revisions; }

    // The revision numbered `number`, or an Invalid error naming the numbers there are.
    Result<PolicyRevision> numbered(int number) const;
    // The draft or revision in review, if there is one.
    std::optional<PolicyRevision> open() const;
    // The newest revision in `state`, if there is one.
    std::optional<PolicyRevision> newestIn(RevisionState state) const;
    const PolicyRevision& latest() const { return m_revisions.back(); }

private:
    PolicyLookup(Policy policy, std::vector<PolicyRevision> revisions);

    Policy m_policy;
    std::vector<PolicyRevision> m_revisions; // ascending number, never empty
};

} // namespace palisade::cli
