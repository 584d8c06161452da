#include "core/policies/PolicyRevision.h"

namespace palisade {

bool PolicyRevision::coversDay(const QDate& day) const
{
    const bool tookEffect = state == RevisionState::Effective ||
                            state == RevisionState::Superseded || state == RevisionState::Retired;
    return tookEffect && effectiveOn.isValid() && effectiveOn <= day &&
           (!endedOn.isValid() || endedOn >= day);
}

const PolicyRevision* revisionInEffect(const std::vector<PolicyRevision>& revisions,
                                       const QDate& day)
{
    const PolicyRevision* found = nullptr;
    for (const PolicyRevision& revision : revisions) {
        if (!revision.coversDay(day))
            continue;
        if (!found || revision.effectiveOn > found->effectiveOn ||
            (revision.effectiveOn == found->effectiveOn && revision.number > found->number))
            found = &revision;
    }
    return found;
}

} // namespace palisade
