#include "ui/policies/RevisionWorkflow.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "ui/policies/ApprovalDialog.h"
#include "ui/policies/EffectiveDateDialog.h"
#include "ui/policies/PolicyHistoryDialog.h"
#include "ui/policies/PolicyLabels.h"
#include "ui/policies/RetirePolicyDialog.h"
#include "ui/policies/ReturnToDraftDialog.h"
#include "ui/policies/RevisionDiffDialog.h"
#include "ui/policies/RevisionEditorDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace palisade::ui {

RevisionWorkflow::RevisionWorkflow(Program& program, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_program(program)
    , m_parent(dialogParent)
{
}

void RevisionWorkflow::run(RevisionAction action, const Policy& policy,
                           const std::optional<PolicyRevision>& revision,
                           const std::vector<PolicyRevision>& revisions)
{
    switch (action) {
    case RevisionAction::NewRevision:
        return newRevision(policy);
    case RevisionAction::Compare:
        return compare(policy, revision, revisions);
    case RevisionAction::History: {
        PolicyHistoryDialog history(m_program, policy.id, m_parent);
        history.exec();
        return;
    }
    case RevisionAction::Retire:
        return retire(policy);
    default:
        break;
    }
    if (!revision)
        return;
    switch (action) {
    case RevisionAction::EditDraft:
        return editDraft(policy, *revision);
    case RevisionAction::DiscardDraft:
        return discardDraft(policy, *revision);
    case RevisionAction::Submit:
        return submit(policy, *revision);
    case RevisionAction::ReturnToDraft:
        return returnToDraft(policy, *revision);
    case RevisionAction::RecordApproval:
        return recordApproval(policy, *revision);
    case RevisionAction::MakeEffective:
        return makeEffective(policy, *revision, revisions);
    case RevisionAction::SavePdfCopy:
        return chooseAndSaveCopy(policy, *revision);
    default:
        return;
    }
}

void RevisionWorkflow::newRevision(const Policy& policy)
{
    Result<PolicyRevision> added = m_program.policies().addRevision(policy.id);
    if (!added) {
        emit refused(added.error().message);
        return;
    }
    emit succeeded(tr("%1 was started as a draft from the latest words. Edit the draft, then "
                      "submit it for review.")
                       .arg(PolicyRegister::revisionName(policy, *added)),
                   added->id);
}

void RevisionWorkflow::editDraft(const Policy& policy, const PolicyRevision& revision)
{
    RevisionEditorDialog editor(m_program, revision.id, m_parent);
    if (editor.exec() != QDialog::Accepted)
        return;
    const QString name = PolicyRegister::revisionName(policy, revision);
    emit succeeded(editor.wasSubmitted()
                       ? tr("%1 was submitted for review; record each approval as it is "
                            "given.")
                             .arg(name)
                       : tr("%1 was saved as a draft.").arg(name),
                   revision.id);
}

void RevisionWorkflow::discardDraft(const Policy& policy, const PolicyRevision& revision)
{
    const QString name = PolicyRegister::revisionName(policy, revision);
    QMessageBox ask(QMessageBox::Question, tr("Discard Draft"),
                    tr("Discard %1? Its words are deleted; the audit trail keeps a record of "
                       "them.")
                        .arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, m_parent);
    ask.setObjectName(QStringLiteral("confirmDiscardDraft"));
    ask.button(QMessageBox::Yes)->setText(tr("Discard"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    Result<void> discarded = m_program.policies().discardDraft(revision.id);
    if (!discarded) {
        emit refused(discarded.error().message);
        return;
    }
    emit succeeded(tr("%1 was discarded.").arg(name), 0);
}

void RevisionWorkflow::submit(const Policy& policy, const PolicyRevision& revision)
{
    Result<PolicyRevision> submitted = m_program.policies().submitForReview(revision.id);
    if (!submitted) {
        emit refused(submitted.error().message);
        return;
    }
    emit succeeded(tr("%1 was submitted for review; record each approval as it is given.")
                       .arg(PolicyRegister::revisionName(policy, revision)),
                   revision.id);
}

void RevisionWorkflow::returnToDraft(const Policy& policy, const PolicyRevision& revision)
{
    Result<std::vector<PolicyApproval>> given = m_program.policies().approvals(revision.id);
    if (!given) {
        emit refused(given.error().message);
        return;
    }
    ReturnToDraftDialog dialog(m_program, policy, revision, int(given->size()), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit succeeded(tr("%1 is a draft again.").arg(PolicyRegister::revisionName(policy, revision)),
                   revision.id);
}

void RevisionWorkflow::recordApproval(const Policy& policy, const PolicyRevision& revision)
{
    Result<std::vector<PolicyApproval>> given = m_program.policies().approvals(revision.id);
    if (!given) {
        emit refused(given.error().message);
        return;
    }
    ApprovalDialog dialog(m_program, policy, revision, *given, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = PolicyRegister::revisionName(policy, revision);
    Result<PolicyRevision> now = m_program.policies().revision(revision.id);
    if (now && now->state == RevisionState::Approved) {
        emit succeeded(tr("%1 is approved: every required role has signed off. Make it "
                          "effective to put it in force.")
                           .arg(name),
                       revision.id);
        return;
    }
    given->push_back(dialog.recorded());
    emit succeeded(
        tr("The approval of %1 by %2 was recorded. Still needed: %3.")
            .arg(name, dialog.recorded().approver,
                 PolicyRegister::outstandingRoles(policy, *given).join(QStringLiteral(", "))),
        revision.id);
}

void RevisionWorkflow::makeEffective(const Policy& policy, const PolicyRevision& revision,
                                     const std::vector<PolicyRevision>& revisions)
{
    EffectiveDateDialog dialog(m_program, policy, revision, revisions, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<PolicyRevision> now = m_program.policies().revision(revision.id);
    emit succeeded(tr("%1 is in effect from %2.")
                       .arg(PolicyRegister::revisionName(policy, revision),
                            now ? PolicyLabels::date(now->effectiveOn) : QString()),
                   revision.id);
}

void RevisionWorkflow::compare(const Policy& policy, const std::optional<PolicyRevision>& revision,
                               const std::vector<PolicyRevision>& revisions)
{
    RevisionDiffDialog dialog(policy, revisions, revision ? revision->id : 0, m_parent);
    dialog.exec();
}

bool RevisionWorkflow::saveFileCopy(const Policy& policy, const PolicyRevision& revision,
                                    const QString& path)
{
    const Result<void> saved = m_program.policies().saveFileCopy(revision.id, path);
    if (!saved) {
        emit refused(tr("No copy was saved. %1").arg(saved.error().message));
        return false;
    }
    emit succeeded(
        tr("A decrypted copy of %1 was saved to %2. It is no longer protected by "
           "this file's encryption.")
            .arg(PolicyRegister::revisionName(policy, revision), QDir::toNativeSeparators(path)),
        revision.id);
    return true;
}

void RevisionWorkflow::chooseAndSaveCopy(const Policy& policy, const PolicyRevision& revision)
{
    if (!revision.file)
        return;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(revision.file->fileName);
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save a Decrypted Copy"), start,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveFileCopy(policy, revision, path);
}

void RevisionWorkflow::retire(const Policy& policy)
{
    RetirePolicyDialog dialog(m_program, policy, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit succeeded(tr("%1 was retired; its revisions are kept as records.").arg(policy.code), 0);
}

} // namespace palisade::ui
