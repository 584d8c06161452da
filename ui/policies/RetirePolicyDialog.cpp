#include "ui/policies/RetirePolicyDialog.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/risk/RiskEditorText.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

RetirePolicyDialog::RetirePolicyDialog(Program& program, const Policy& policy, QWidget* parent)
    : StepDialog(tr("&Retire Policy"), QStringLiteral("confirmRetireButton"), parent)
    , m_program(program)
    , m_policyId(policy.id)
    , m_date(new QDateEdit(this))
    , m_reason(RiskEditorText::multiLine(this, 3))
{
    setObjectName(QStringLiteral("retirePolicyDialog"));
    setWindowTitle(tr("Retire %1").arg(policy.code));
    auto* intro = new QLabel(tr("Retiring %1 \u201c%2\u201d ends its revision in effect on the "
                                "date below. The policy and all its revisions stay in this file "
                                "as records and can no longer change.")
                                 .arg(policy.code, policy.title),
                             this);
    intro->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("retireDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(program.clock().today());
    m_reason->setObjectName(QStringLiteral("retireReason"));
    m_reason->setPlaceholderText(tr("e.g. Merged into SEC-002 Security Management Process"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Last day:"), m_date);
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
    resize(520, sizeHint().height());
}

QString RetirePolicyDialog::apply()
{
    Result<Policy> retired =
        m_program.policies().retire(m_policyId, m_date->date(), m_reason->toPlainText());
    return retired ? QString() : retired.error().message;
}

} // namespace palisade::ui
