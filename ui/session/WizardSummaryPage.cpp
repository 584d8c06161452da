#include "ui/session/WizardSummaryPage.h"

#include "ui/session/CreateProgramWizard.h"
#include "ui/session/WizardPassphrasePage.h"
#include "ui/widgets/MessageBanner.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {
QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

WizardSummaryPage::WizardSummaryPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Ready to Create"));
    setSubTitle(tr("Check the details below, then create the file. From now on you open it with "
                   "your passphrase."));

    m_organization = valueLabel(this);
    m_organization->setObjectName(QStringLiteral("summaryOrganization"));
    m_officer = valueLabel(this);
    m_officer->setObjectName(QStringLiteral("summaryOfficer"));
    m_file = valueLabel(this);
    m_file->setObjectName(QStringLiteral("summaryFile"));
    m_encryption = valueLabel(this);
    m_encryption->setText(tr("AES-256 (SQLCipher 4); key derived from the passphrase with "
                             "PBKDF2-HMAC-SHA512"));
    m_banner = new MessageBanner(this);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("Kept by:"), m_officer);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Encryption:"), m_encryption);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_banner);
    layout->addStretch();
}

void WizardSummaryPage::initializePage()
{
    auto* w = qobject_cast<CreateProgramWizard*>(wizard());
    if (!w)
        return;
    m_organization->setText(w->organization());
    m_officer->setText(tr("%1 (%2)").arg(w->officerName(), officerRoleLabel(w->officerRole())));
    m_file->setText(QDir::toNativeSeparators(w->filePath()));
    m_banner->clearMessage();
}

bool WizardSummaryPage::isComplete() const
{
    auto* w = qobject_cast<CreateProgramWizard*>(wizard());
    return w && w->passphrasePage()->isComplete();
}

void WizardSummaryPage::showError(const QString& message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

QString WizardSummaryPage::errorText() const
{
    return m_banner->text();
}

} // namespace palisade::ui
