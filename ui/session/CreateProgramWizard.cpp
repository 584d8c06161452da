#include "ui/session/CreateProgramWizard.h"

#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "ui/session/WizardFilePage.h"
#include "ui/session/WizardOfficerPage.h"
#include "ui/session/WizardOrganizationPage.h"
#include "ui/session/WizardPassphrasePage.h"
#include "ui/session/WizardSummaryPage.h"
#include "ui/widgets/BusyCursor.h"

#include <QIcon>
#include <QLineEdit>

namespace palisade::ui {

CreateProgramWizard::CreateProgramWizard(const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_clock(clock)
{
    setWindowTitle(tr("New Program File — Palisade"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/palisade.svg")).pixmap(48, 48));
    setButtonText(QWizard::FinishButton, tr("&Create"));

    m_organizationPage = new WizardOrganizationPage(this);
    m_officerPage = new WizardOfficerPage(this);
    m_filePage = new WizardFilePage(this);
    m_passphrasePage = new WizardPassphrasePage(this);
    m_summaryPage = new WizardSummaryPage(this);
    setPage(OrganizationPageId, m_organizationPage);
    setPage(OfficerPageId, m_officerPage);
    setPage(FilePageId, m_filePage);
    setPage(PassphrasePageId, m_passphrasePage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(OrganizationPageId);

    // The summary's Finish depends on the passphrase page's state.
    connect(m_passphrasePage, &QWizardPage::completeChanged, m_summaryPage,
            &QWizardPage::completeChanged);
    setMinimumSize(640, 480);
}

CreateProgramWizard::~CreateProgramWizard() = default;

void CreateProgramWizard::setDefaultFolder(const QString& folder)
{
    m_filePage->setDefaultFolder(folder);
}

QString CreateProgramWizard::organization() const
{
    return field(QStringLiteral("organization")).toString().trimmed();
}

QString CreateProgramWizard::officerName() const
{
    return field(QStringLiteral("officerName")).toString().trimmed();
}

OfficerRole CreateProgramWizard::officerRole() const
{
    return m_officerPage->role();
}

QString CreateProgramWizard::filePath() const
{
    return m_filePage->filePath();
}

std::unique_ptr<Program> CreateProgramWizard::takeProgram()
{
    return std::move(m_program);
}

void CreateProgramWizard::accept()
{
    if (!m_passphrasePage->isComplete()) {
        m_summaryPage->showError(tr("Go back and choose an acceptable passphrase."));
        return;
    }
    ProgramProfile profile;
    profile.organization = organization();
    profile.officerName = officerName();
    profile.officerRole = officerRole();

    Result<std::unique_ptr<Program>> result = [&] {
        BusyCursor busy;
        SecretBuffer passphrase = m_passphrasePage->secret();
        return Program::create(filePath(), passphrase, profile, m_clock);
    }();
    if (!result) {
        QString message = result.error().text();
        if (result.error().kind == ErrorKind::Io)
            message += QLatin1Char('\n') + tr("Use Back to choose another location.");
        m_summaryPage->showError(message);
        return;
    }
    m_program = std::move(result).value();
    m_passphrasePage->wipe();
    emit created();
    QWizard::accept();
}

} // namespace palisade::ui
