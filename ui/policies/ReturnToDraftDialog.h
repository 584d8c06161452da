#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyRevision.h"
#include "ui/widgets/StepDialog.h"

class QPlainTextEdit;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Sends a revision in review back to draft with the reason, withdrawing the
// approvals recorded so far.
class ReturnToDraftDialog : public StepDialog
{
    Q_OBJECT

public:
    ReturnToDraftDialog(Program& program, const Policy& policy, const PolicyRevision& revision,
                        int approvalCount, QWidget* parent = nullptr);

    QPlainTextEdit* reasonEdit() const { return m_reason; }

protected:
    QString apply() override;

private:
    Program& m_program;
    qint64 m_revisionId;
    QPlainTextEdit* m_reason;
};

} // namespace palisade::ui
