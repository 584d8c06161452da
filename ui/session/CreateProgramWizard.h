#pragma once

#include "core/program/OfficerRole.h"

#include <QWizard>
#include <memory>

namespace palisade {
class Clock;
class Program;
} // namespace palisade

namespace palisade::ui {

class WizardFilePage;
class WizardOfficerPage;
class WizardOrganizationPage;
class WizardPassphrasePage;
class WizardSummaryPage;

// First start: names the organization and its officer, picks the file and the
// passphrase, then creates the encrypted program file. If creation fails the
// wizard stays open with everything the user typed.
class CreateProgramWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        OrganizationPageId,
        OfficerPageId,
        FilePageId,
        PassphrasePageId,
        SummaryPageId,
    };

    explicit CreateProgramWizard(const Clock& clock, QWidget* parent = nullptr);
    ~CreateProgramWizard() override;

    void setDefaultFolder(const QString& folder);

    QString organization() const;
    QString officerName() const;
    OfficerRole officerRole() const;
    QString filePath() const;

    WizardOrganizationPage* organizationPage() const { return m_organizationPage; }
    WizardOfficerPage* officerPage() const { return m_officerPage; }
    WizardFilePage* filePage() const { return m_filePage; }
    WizardPassphrasePage* passphrasePage() const { return m_passphrasePage; }
    WizardSummaryPage* summaryPage() const { return m_summaryPage; }

    // The created program, once; empty before a successful Finish.
    std::unique_ptr<Program> takeProgram();

    void accept() override;

signals:
    // Emitted after the file was created, before the wizard closes.
    void created();

private:
    const Clock& m_clock;
    std::unique_ptr<Program> m_program;
    WizardOrganizationPage* m_organizationPage = nullptr;
    WizardOfficerPage* m_officerPage = nullptr;
    WizardFilePage* m_filePage = nullptr;
    WizardPassphrasePage* m_passphrasePage = nullptr;
    WizardSummaryPage* m_summaryPage = nullptr;
};

} // namespace palisade::ui
