#include "ui/session/WizardOrganizationPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace palisade::ui {

WizardOrganizationPage::WizardOrganizationPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Create a Program File"));
    setSubTitle(tr("Palisade keeps your HIPAA compliance program in one encrypted file on this "
                   "computer. Nothing leaves it unless you export it."));

    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setPlaceholderText(tr("e.g. Riverbend Family Clinic"));
    m_organization->setMaxLength(200);
    registerField(QStringLiteral("organization*"), m_organization);

    auto* help = new QLabel(tr("The covered entity or business associate this compliance program "
                               "belongs to. It appears on every evidence pack you export."),
                            this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Organization name:"), m_organization);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addStretch();
}

} // namespace palisade::ui
