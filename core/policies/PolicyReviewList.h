#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyReviewItem.h"
#include "core/policies/PolicyRevision.h"

#include <vector>

namespace palisade {

// The review schedule of the policy library: each policy in use is reviewed
// a cycle after its revision in effect was last approved.
class PolicyReviewList
{
public:
    static constexpr int dueSoonDays = 30;

    PolicyReviewList(std::vector<Policy> policies, std::vector<PolicyRevision> revisions);

    // One item per policy not retired. Policies with no revision in effect
    // come first, as findings; then the most overdue, then the next due.
    std::vector<PolicyReviewItem> asOf(const QDate& day) const;

private:
    std::vector<Policy> m_policies;
    std::vector<PolicyRevision> m_revisions;
};

} // namespace palisade
