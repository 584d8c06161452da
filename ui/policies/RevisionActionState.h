#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyRevision.h"
#include "ui/policies/RevisionAction.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace palisade::ui {

// Which revision actions the register would allow for a policy, its
// revisions and the selected one, read from their states; and, for each
// action it would refuse, why, for the button's tool tip.
class RevisionActionState
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::RevisionActionState)

public:
    RevisionActionState() = default;
    RevisionActionState(const Policy& policy, const std::vector<PolicyRevision>& revisions,
                        const std::optional<PolicyRevision>& selected, bool writable);

    bool allowed(RevisionAction action) const { return reason(action).isEmpty(); }
    // Empty when allowed.
    QString reason(RevisionAction action) const;

private:
    QString stateReason(RevisionState needed, const QString& what) const;
    QString writeReason() const;

    std::optional<Policy> m_policy;
    std::vector<PolicyRevision> m_revisions;
    std::optional<PolicyRevision> m_selected;
    bool m_writable = false;
};

} // namespace palisade::ui
