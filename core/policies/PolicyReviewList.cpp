#include "core/policies/PolicyReviewList.h"

#include <QHash>
#include <algorithm>

namespace palisade {

PolicyReviewList::PolicyReviewList(std::vector<Policy> policies,
                                   std::vector<PolicyRevision> revisions)
    : m_policies(std::move(policies))
    , m_revisions(std::move(revisions))
{
}

std::vector<PolicyReviewItem> PolicyReviewList::asOf(const QDate& day) const
{
    QHash<qint64, std::vector<PolicyRevision>> byPolicy;
    for (const PolicyRevision& revision : m_revisions)
        byPolicy[revision.policyId].push_back(revision);

    std::vector<PolicyReviewItem> items;
    for (const Policy& policy : m_policies) {
        if (policy.isRetired())
            continue;
        PolicyReviewItem item;
        item.policyId = policy.id;
        item.code = policy.code;
        item.title = policy.title;
        item.owner = policy.owner;
        item.category = policy.category;
        const auto own = byPolicy.constFind(policy.id);
        const PolicyRevision* current =
            own == byPolicy.constEnd() ? nullptr : revisionInEffect(*own, day);
        if (current) {
            item.revisionId = current->id;
            item.revisionNumber = current->number;
            item.lastApprovedOn = current->approvedOn;
            item.nextReviewOn = current->approvedOn.addMonths(policy.reviewCycleMonths);
            item.overdue = item.nextReviewOn < day;
            item.daysOverdue = item.overdue ? int(item.nextReviewOn.daysTo(day)) : 0;
            item.dueSoon = !item.overdue && day.daysTo(item.nextReviewOn) <= dueSoonDays;
        }
        items.push_back(item);
    }
    std::sort(items.begin(), items.end(), [](const PolicyReviewItem& a, const PolicyReviewItem& b) {
        if (a.hasEffectiveRevision() != b.hasEffectiveRevision())
            return !a.hasEffectiveRevision();
        if (a.nextReviewOn != b.nextReviewOn)
            return a.nextReviewOn < b.nextReviewOn;
        return a.code.compare(b.code, Qt::CaseInsensitive) < 0;
    });
    return items;
}

} // namespace palisade
