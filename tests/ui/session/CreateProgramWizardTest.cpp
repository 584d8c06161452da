#include "ui/session/CreateProgramWizard.h"

#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "tests/support/FixedClock.h"
#include "tests/ui/session/WizardDriver.h"
#include "ui/session/WizardSummaryPage.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::ui::test;

TEST_CASE("The wizard creates a program file that then unlocks", "[ui][session][wizard]")
{
    QTemporaryDir dir;
    palisade::test::FixedClock clock;
    CreateProgramWizard wizard(clock);
    wizard.setDefaultFolder(dir.path());
    wizard.show();
    QSignalSpy created(&wizard, &CreateProgramWizard::created);

    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.organizationPage()->organizationEdit()->setText(
        QStringLiteral("Lakeside: Pediatrics/West"));
    REQUIRE(clickWizardButton(wizard, QWizard::NextButton));
    CHECK(wizard.currentId() == CreateProgramWizard::OfficerPageId);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.officerPage()->nameEdit()->setText(QStringLiteral("Morgan Reyes"));
    REQUIRE(clickWizardButton(wizard, QWizard::NextButton));

    CHECK(wizard.currentId() == CreateProgramWizard::FilePageId);
    CHECK(wizard.filePath() ==
          QDir(dir.path()).filePath(QStringLiteral("Lakeside Pediatrics West.palisade")));
    REQUIRE(clickWizardButton(wizard, QWizard::NextButton));

    CHECK(wizard.currentId() == CreateProgramWizard::PassphrasePageId);
    auto* page = wizard.passphrasePage();
    page->passphraseField()->lineEdit()->setText(QStringLiteral("short"));
    page->confirmEdit()->setText(QStringLiteral("short"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    page->passphraseField()->lineEdit()->setText(QStringLiteral("Lakeside: Pediatrics/West"));
    page->confirmEdit()->setText(QStringLiteral("Lakeside: Pediatrics/West"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    page->passphraseField()->lineEdit()->setText(wizardPassphrase());
    page->confirmEdit()->setText(wizardPassphrase() + QLatin1Char('x'));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    page->confirmEdit()->setText(wizardPassphrase());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    REQUIRE(clickWizardButton(wizard, QWizard::NextButton));

    CHECK(wizard.currentId() == CreateProgramWizard::SummaryPageId);
    REQUIRE(clickWizardButton(wizard, QWizard::FinishButton));
    CHECK(created.count() == 1);
    CHECK_FALSE(wizard.isVisible());
    CHECK(page->passphraseField()->isEmpty());

    std::unique_ptr<Program> program = wizard.takeProgram();
    REQUIRE(program);
    CHECK(program->profile().organization == QStringLiteral("Lakeside: Pediatrics/West"));
    CHECK(program->profile().officerRole == OfficerRole::PrivacyAndSecurityOfficer);
    const QString path = program->path();
    program.reset();

    auto unlocked = Program::unlock(path, SecretBuffer::fromString(wizardPassphrase()), {}, clock);
    REQUIRE(unlocked.ok());
    CHECK(unlocked.value()->profile().officerName == QStringLiteral("Morgan Reyes"));
}

TEST_CASE("The wizard refuses a path where a file already exists", "[ui][session][wizard]")
{
    QTemporaryDir dir;
    const QString taken = dir.filePath(QStringLiteral("taken.palisade"));
    {
        QFile file(taken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a program");
    }
    palisade::test::FixedClock clock;
    CreateProgramWizard wizard(clock);
    wizard.show();
    CHECK_FALSE(driveWizardToSummary(wizard, taken));
    CHECK(wizard.currentId() == CreateProgramWizard::FilePageId);
    CHECK(wizard.filePage()->problem().contains(QStringLiteral("already exists")));
    CHECK(QFile(taken).size() == 13);

    wizard.filePage()->pathEdit()->setText(dir.filePath(QStringLiteral("fresh")));
    CHECK(wizard.filePage()->isComplete());
    CHECK(wizard.filePath() == dir.filePath(QStringLiteral("fresh.palisade")));
}

TEST_CASE("A failed creation keeps the wizard open with everything typed", "[ui][session][wizard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.palisade"));
    palisade::test::FixedClock clock;
    CreateProgramWizard wizard(clock);
    wizard.show();
    REQUIRE(driveWizardToSummary(wizard, path));

    // Another program takes the name while the user reads the summary.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("someone else's");
    }
    REQUIRE(clickWizardButton(wizard, QWizard::FinishButton));
    CHECK(wizard.isVisible());
    CHECK(wizard.currentId() == CreateProgramWizard::SummaryPageId);
    CHECK(wizard.summaryPage()->errorText().contains(QStringLiteral("already exists")));
    CHECK_FALSE(wizard.takeProgram());
    CHECK(wizard.passphrasePage()->passphraseField()->lineEdit()->text() == wizardPassphrase());
    CHECK(wizard.organization() == QStringLiteral("Lakeside Pediatrics"));
    CHECK(wizard.officerRole() == OfficerRole::SecurityOfficer);
}

TEST_CASE("Suggested file names are safe on every platform", "[ui][session][wizard]")
{
    CHECK(WizardFilePage::sanitizedFileName(QStringLiteral("  Acme  Health, LLC ")) ==
          QStringLiteral("Acme Health, LLC"));
    CHECK(WizardFilePage::sanitizedFileName(QStringLiteral("A/B\\C:D*E?\"F\"<G>|H")) ==
          QStringLiteral("A B C D E F G H"));
    CHECK(WizardFilePage::sanitizedFileName(QStringLiteral("..hidden.")) ==
          QStringLiteral("hidden"));
    CHECK(WizardFilePage::sanitizedFileName(QStringLiteral("///")) == QStringLiteral("Palisade"));
    CHECK(WizardFilePage::sanitizedFileName(QString(200, QLatin1Char('x'))).size() == 80);
}
