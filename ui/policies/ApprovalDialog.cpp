#include "ui/policies/ApprovalDialog.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

ApprovalDialog::ApprovalDialog(Program& program, const Policy& policy,
                               const PolicyRevision& revision,
                               const std::vector<PolicyApproval>& given, QWidget* parent)
    : StepDialog(tr("&Record Approval"), QStringLiteral("confirmApprovalButton"), parent)
    , m_program(program)
    , m_revisionId(revision.id)
    , m_approver(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_meaning(new QComboBox(this))
    , m_outstanding(new QLabel(this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(
        tr("Record Approval \u2014 %1").arg(PolicyRegister::revisionName(policy, revision)));

    const QStringList outstanding = PolicyRegister::outstandingRoles(policy, given);
    m_outstanding->setObjectName(QStringLiteral("approvalOutstanding"));
    m_outstanding->setWordWrap(true);
    if (policy.requiredApprovalRoles.isEmpty())
        m_outstanding->setText(tr("%1 names no approval roles: the first approval recorded "
                                  "approves the revision.")
                                   .arg(policy.code));
    else
        m_outstanding->setText(tr("Still needed: %1. The revision is approved once every role "
                                  "has signed off.")
                                   .arg(outstanding.join(QStringLiteral(", "))));

    m_approver->setObjectName(QStringLiteral("approvalApprover"));
    m_approver->setPlaceholderText(tr("Full name, e.g. Joan Ramos"));
    m_role->setObjectName(QStringLiteral("approvalRole"));
    m_role->setEditable(true);
    m_role->setInsertPolicy(QComboBox::NoInsert);
    m_role->addItems(outstanding);
    m_role->setToolTip(
        tr("One of the roles %1 names: %2")
            .arg(policy.code, policy.requiredApprovalRoles.join(QStringLiteral(", "))));
    m_date->setObjectName(QStringLiteral("approvalDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = program.clock().today();
    m_date->setDateRange(revision.createdAt.toLocalTime().date(), today);
    m_date->setDate(today);
    m_date->setToolTip(tr("The day the approver signed; not after today"));
    m_meaning->setObjectName(QStringLiteral("approvalMeaning"));
    m_meaning->setEditable(true);
    m_meaning->setInsertPolicy(QComboBox::NoInsert);
    m_meaning->addItems(commonMeanings());
    m_meaning->setToolTip(tr("What the signature stands for; pick one or write your own"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Approved by:"), m_approver);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Meaning:"), m_meaning);
    body()->addWidget(m_outstanding);
    body()->addSpacing(6);
    body()->addLayout(form);

    connect(m_approver, &QLineEdit::textChanged, this, &ApprovalDialog::updateState);
    connect(m_role, &QComboBox::currentTextChanged, this, &ApprovalDialog::updateState);
    connect(m_meaning, &QComboBox::currentTextChanged, this, &ApprovalDialog::updateState);
    updateState();
    m_approver->setFocus();
    resize(520, sizeHint().height());
}

QStringList ApprovalDialog::commonMeanings()
{
    return {tr("Approved as policy owner"),
            tr("Executive approval"),
            tr("Legal review"),
            tr("Privacy Officer approval"),
            tr("Security Officer approval"),
            tr("Reviewed and approved")};
}

void ApprovalDialog::updateState()
{
    const bool complete = !m_approver->text().trimmed().isEmpty() &&
                          !m_role->currentText().trimmed().isEmpty() &&
                          !m_meaning->currentText().trimmed().isEmpty();
    confirmButton()->setEnabled(complete && !m_program.isReadOnly());
}

QString ApprovalDialog::apply()
{
    PolicyApproval approval;
    approval.approver = m_approver->text();
    approval.role = m_role->currentText();
    approval.approvedOn = m_date->date();
    approval.meaning = m_meaning->currentText();
    Result<PolicyApproval> recorded = m_program.policies().recordApproval(m_revisionId, approval);
    if (!recorded)
        return recorded.error().message;
    m_recorded = *recorded;
    return {};
}

} // namespace palisade::ui
