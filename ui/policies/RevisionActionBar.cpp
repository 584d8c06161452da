#include "ui/policies/RevisionActionBar.h"

#include "ui/policies/RevisionActionState.h"

#include <QGridLayout>
#include <QPushButton>

namespace palisade::ui {

namespace {
constexpr int columns = 3;
}

RevisionActionBar::RevisionActionBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("revisionActions"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(6);

    add(RevisionAction::NewRevision, tr("New Re&vision"), QStringLiteral("newRevisionButton"),
        tr("Start the next revision from the words of the latest one"));
    add(RevisionAction::EditDraft, tr("Edit Dr&aft\u2026"), QStringLiteral("editDraftButton"),
        tr("Write the draft's text, summarize the change, attach the signed PDF"));
    add(RevisionAction::DiscardDraft, tr("Discard Draf&t"), QStringLiteral("discardDraftButton"),
        tr("Delete the draft; the audit trail keeps a record of it"));
    add(RevisionAction::Submit, tr("Su&bmit for Review"), QStringLiteral("submitRevisionButton"),
        tr("Freeze the draft's words and collect the approvals it needs"));
    add(RevisionAction::ReturnToDraft, tr("Return to Dra&ft\u2026"),
        QStringLiteral("returnToDraftButton"),
        tr("Send the revision back for changes, withdrawing the approvals so far"));
    add(RevisionAction::RecordApproval, tr("Record A&pproval\u2026"),
        QStringLiteral("recordApprovalButton"),
        tr("Record a sign-off in one of the roles the policy names"));
    add(RevisionAction::MakeEffective, tr("Make Effe&ctive\u2026"),
        QStringLiteral("makeEffectiveButton"),
        tr("Put the approved revision in effect, superseding the one before"));
    add(RevisionAction::Compare, tr("Co&mpare\u2026"), QStringLiteral("compareRevisionsButton"),
        tr("Show word by word what changed between two revisions"));
    add(RevisionAction::History, tr("H&istory\u2026"), QStringLiteral("policyHistoryButton"),
        tr("Every recorded change of the policy, its revisions and approvals"));
    add(RevisionAction::SavePdfCopy, tr("Save PDF Cop&y\u2026"),
        QStringLiteral("savePolicyPdfButton"),
        tr("Write a decrypted copy of the revision's signed PDF; the audit trail records where"));
    add(RevisionAction::Retire, tr("Reti&re Policy\u2026"), QStringLiteral("retirePolicyButton"),
        tr("End the policy: its revision in effect gets a last day and nothing changes after"));
    setState(RevisionActionState());
}

void RevisionActionBar::add(RevisionAction action, const QString& text, const QString& name,
                            const QString& toolTip)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setAutoDefault(false);
    auto* grid = static_cast<QGridLayout*>(layout());
    const int index = int(m_buttons.size());
    grid->addWidget(button, index / columns, index % columns);
    m_buttons[action] = button;
    m_toolTips[action] = toolTip;
    connect(button, &QPushButton::clicked, this, [this, action] { emit triggered(action); });
}

void RevisionActionBar::setState(const RevisionActionState& state)
{
    for (const auto& [action, button] : m_buttons) {
        const QString reason = state.reason(action);
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason.isEmpty() ? m_toolTips.at(action) : reason);
    }
}

} // namespace palisade::ui
