#include "ui/policies/RevisionActionState.h"

#include "core/policies/RevisionState.h"
#include "ui/policies/PolicyLabels.h"

#include <algorithm>

namespace palisade::ui {

RevisionActionState::RevisionActionState(const Policy& policy,
                                         const std::vector<PolicyRevision>& revisions,
                                         const std::optional<PolicyRevision>& selected,
                                         bool writable)
    : m_policy(policy)
    , m_revisions(revisions)
    , m_selected(selected)
    , m_writable(writable)
{
}

QString RevisionActionState::writeReason() const
{
    if (!m_policy)
        return tr("Select a policy first");
    if (!m_writable)
        return tr("The program file is open read-only");
    if (m_policy->isRetired())
        return tr("%1 was retired on %2 and is kept as it was")
            .arg(m_policy->code, PolicyLabels::date(m_policy->retiredOn));
    return {};
}

QString RevisionActionState::stateReason(RevisionState needed, const QString& what) const
{
    if (QString refused = writeReason(); !refused.isEmpty())
        return refused;
    if (!m_selected)
        return tr("Select a revision first");
    if (m_selected->state != needed)
        return tr("%1 is %2; %3")
            .arg(PolicyLabels::revisionShort(m_selected->number),
                 revisionStateLabel(m_selected->state), what);
    return {};
}

QString RevisionActionState::reason(RevisionAction action) const
{
    switch (action) {
    case RevisionAction::NewRevision: {
        if (QString refused = writeReason(); !refused.isEmpty())
            return refused;
        const auto open = std::find_if(m_revisions.begin(), m_revisions.end(),
                                       [](const PolicyRevision& r) { return r.isOpen(); });
        if (open != m_revisions.end())
            return tr("%1 is still %2; finish or discard it first")
                .arg(PolicyLabels::revisionShort(open->number), revisionStateLabel(open->state));
        return {};
    }
    case RevisionAction::EditDraft:
        return stateReason(RevisionState::Draft, tr("only a draft can be edited"));
    case RevisionAction::DiscardDraft:
        if (QString refused =
                stateReason(RevisionState::Draft, tr("only a draft can be discarded"));
            !refused.isEmpty())
            return refused;
        if (m_revisions.size() <= 1)
            return tr("It is the policy's only revision; delete the policy instead");
        return {};
    case RevisionAction::Submit:
        return stateReason(RevisionState::Draft, tr("only a draft can be submitted"));
    case RevisionAction::ReturnToDraft:
        return stateReason(RevisionState::InReview,
                           tr("only a revision in review can go back to draft"));
    case RevisionAction::RecordApproval:
        return stateReason(RevisionState::InReview,
                           tr("approvals are recorded while it is in review"));
    case RevisionAction::MakeEffective: {
        if (QString refused =
                stateReason(RevisionState::Approved, tr("only an approved revision takes effect"));
            !refused.isEmpty())
            return refused;
        const auto newer =
            std::find_if(m_revisions.begin(), m_revisions.end(), [&](const PolicyRevision& r) {
                return r.number > m_selected->number && r.effectiveOn.isValid();
            });
        if (newer != m_revisions.end())
            return tr("%1 is newer and already took effect")
                .arg(PolicyLabels::revisionShort(newer->number));
        return {};
    }
    case RevisionAction::Compare:
        if (!m_policy)
            return tr("Select a policy first");
        if (m_revisions.size() < 2)
            return tr("There is only one revision so far");
        return {};
    case RevisionAction::History:
        return m_policy ? QString() : tr("Select a policy first");
    case RevisionAction::SavePdfCopy:
        if (!m_selected)
            return tr("Select a revision first");
        if (!m_selected->file)
            return tr("%1 has no signed PDF attached")
                .arg(PolicyLabels::revisionShort(m_selected->number));
        return {};
    case RevisionAction::Retire: {
        if (QString refused = writeReason(); !refused.isEmpty())
            return refused;
        const auto open = std::find_if(m_revisions.begin(), m_revisions.end(),
                                       [](const PolicyRevision& r) { return r.isOpen(); });
        if (open != m_revisions.end())
            return tr("%1 is still %2; discard it or finish its review first")
                .arg(PolicyLabels::revisionShort(open->number), revisionStateLabel(open->state));
        const bool approved =
            std::any_of(m_revisions.begin(), m_revisions.end(), [](const PolicyRevision& r) {
                return r.state == RevisionState::Approved || r.state == RevisionState::Effective;
            });
        if (!approved)
            return tr("No revision was approved; delete the policy instead");
        return {};
    }
    }
    return {};
}

} // namespace palisade::ui
