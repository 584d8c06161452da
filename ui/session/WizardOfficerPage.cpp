#include "ui/session/WizardOfficerPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace palisade::ui {

WizardOfficerPage::WizardOfficerPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("About You"));
    setSubTitle(tr("The person who keeps this program. Your name is recorded with every change in "
                   "the audit trail."));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("officerNameEdit"));
    m_name->setPlaceholderText(tr("First and last name"));
    m_name->setMaxLength(200);
    registerField(QStringLiteral("officerName*"), m_name);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("officerRoleCombo"));
    for (OfficerRole role : {OfficerRole::PrivacyOfficer, OfficerRole::SecurityOfficer,
                             OfficerRole::PrivacyAndSecurityOfficer})
        m_role->addItem(officerRoleLabel(role), static_cast<int>(role));
    m_role->setCurrentIndex(
        m_role->findData(static_cast<int>(OfficerRole::PrivacyAndSecurityOfficer)));

    auto* help = new QLabel(tr("HIPAA requires a designated privacy officer and a designated "
                               "security officer. In a small practice one person is often both."),
                            this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &role:"), m_role);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addStretch();
}

OfficerRole WizardOfficerPage::role() const
{
    return static_cast<OfficerRole>(m_role->currentData().toInt());
}

} // namespace palisade::ui
