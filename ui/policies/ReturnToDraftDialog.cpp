#include "ui/policies/ReturnToDraftDialog.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "ui/risk/RiskEditorText.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

ReturnToDraftDialog::ReturnToDraftDialog(Program& program, const Policy& policy,
                                         const PolicyRevision& revision, int approvalCount,
                                         QWidget* parent)
    : StepDialog(tr("&Return to Draft"), QStringLiteral("confirmReturnButton"), parent)
    , m_program(program)
    , m_revisionId(revision.id)
    , m_reason(RiskEditorText::multiLine(this, 3))
{
    setObjectName(QStringLiteral("returnToDraftDialog"));
    const QString name = PolicyRegister::revisionName(policy, revision);
    setWindowTitle(tr("Return to Draft \u2014 %1").arg(name));
    auto* intro = new QLabel(
        approvalCount > 0
            ? tr("%1 goes back to draft so its words can change. The %n approval(s) recorded so "
                 "far are withdrawn; the audit trail keeps them.",
                 nullptr, approvalCount)
                  .arg(name)
            : tr("%1 goes back to draft so its words can change.").arg(name),
        this);
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_reason->setPlaceholderText(tr("e.g. Legal asked to reword section 3"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("R&eason:"), m_reason);
    body()->addWidget(intro);
    body()->addSpacing(6);
    body()->addLayout(form);

    const auto update = [this] {
        confirmButton()->setEnabled(!m_reason->toPlainText().trimmed().isEmpty() &&
                                    !m_program.isReadOnly());
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    update();
    m_reason->setFocus();
    resize(500, sizeHint().height());
}

QString ReturnToDraftDialog::apply()
{
    Result<PolicyRevision> returned =
        m_program.policies().returnToDraft(m_revisionId, m_reason->toPlainText());
    return returned ? QString() : returned.error().message;
}

} // namespace palisade::ui
