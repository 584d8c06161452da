#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyRevision.h"
#include "ui/policies/RevisionAction.h"

#include <QObject>
#include <optional>
#include <vector>

class QWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Carries out a revision action: asks what the action needs in its dialog,
// calls the register and reports the outcome in a sentence. Refusals of the
// register made in a dialog are shown there, so the user can correct them;
// the others come out of refused() in the register's words.
class RevisionWorkflow : public QObject
{
    Q_OBJECT

public:
    RevisionWorkflow(Program& program, QWidget* dialogParent);

    void run(RevisionAction action, const Policy& policy,
             const std::optional<PolicyRevision>& revision,
             const std::vector<PolicyRevision>& revisions);
    // Writes a decrypted copy of the revision's PDF to `path`.
    bool saveFileCopy(const Policy& policy, const PolicyRevision& revision, const QString& path);

signals:
    // `revisionId` is the revision to show afterwards; 0 keeps the selection.
    void succeeded(const QString& message, qint64 revisionId);
    void refused(const QString& message);

private:
    void newRevision(const Policy& policy);
    void editDraft(const Policy& policy, const PolicyRevision& revision);
    void discardDraft(const Policy& policy, const PolicyRevision& revision);
    void submit(const Policy& policy, const PolicyRevision& revision);
    void returnToDraft(const Policy& policy, const PolicyRevision& revision);
    void recordApproval(const Policy& policy, const PolicyRevision& revision);
    void makeEffective(const Policy& policy, const PolicyRevision& revision,
                       const std::vector<PolicyRevision>& revisions);
    void compare(const Policy& policy, const std::optional<PolicyRevision>& revision,
                 const std::vector<PolicyRevision>& revisions);
    void chooseAndSaveCopy(const Policy& policy, const PolicyRevision& revision);
    void retire(const Policy& policy);

    Program& m_program;
    QWidget* m_parent;
};

} // namespace palisade::ui
