// Renders the session dialogs offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "core/program/FailedUnlockLog.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/session/WizardDriver.h"
#include "ui/session/ChangePassphraseDialog.h"
#include "ui/session/UnlockDialog.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::fixturePassphrase;
using palisade::test::TemporaryProgram;

namespace {

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("PALISADE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir(QCoreApplication::applicationDirPath())
                  .filePath(QStringLiteral("../../screenshots"));
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

bool save(QWidget& widget, const QString& name)
{
    widget.show();
    QTest::qWait(50);
    const QString path = QDir(screenshotDir()).filePath(name + QStringLiteral(".png"));
    return widget.grab().save(path) && QFile::exists(path);
}

} // namespace

TEST_CASE("Screenshots of the new-program wizard", "[.screenshot]")
{
    QTemporaryDir dir;
    palisade::test::FixedClock clock;
    CreateProgramWizard wizard(clock);
    wizard.setDefaultFolder(QStringLiteral("/home/morgan/.local/share/Palisade"));
    wizard.resize(wizard.sizeHint().expandedTo(QSize(680, 520)));
    CHECK(save(wizard, QStringLiteral("wizard-1-organization")));
    wizard.organizationPage()->organizationEdit()->setText(QStringLiteral("Lakeside Pediatrics"));
    REQUIRE(ui::test::clickWizardButton(wizard, QWizard::NextButton));
    wizard.officerPage()->nameEdit()->setText(QStringLiteral("Morgan Reyes"));
    CHECK(save(wizard, QStringLiteral("wizard-2-officer")));
    REQUIRE(ui::test::clickWizardButton(wizard, QWizard::NextButton));
    CHECK(save(wizard, QStringLiteral("wizard-3-file")));

    const QString taken = dir.filePath(QStringLiteral("taken.palisade"));
    QFile file(taken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    wizard.filePage()->pathEdit()->setText(taken);
    CHECK(save(wizard, QStringLiteral("wizard-3-file-exists")));
    wizard.filePage()->pathEdit()->setText(
        dir.filePath(QStringLiteral("Lakeside Pediatrics.palisade")));
    REQUIRE(ui::test::clickWizardButton(wizard, QWizard::NextButton));

    auto* page = wizard.passphrasePage();
    CHECK(save(wizard, QStringLiteral("wizard-4-passphrase-empty")));
    page->passphraseField()->lineEdit()->setText(QStringLiteral("lakeside2024"));
    CHECK(save(wizard, QStringLiteral("wizard-4-passphrase-short")));
    page->passphraseField()->lineEdit()->setText(QStringLiteral("Password1234567!"));
    CHECK(save(wizard, QStringLiteral("wizard-4-passphrase-common")));
    page->passphraseField()->lineEdit()->setText(ui::test::wizardPassphrase());
    page->confirmEdit()->setText(QStringLiteral("harbor lantern quie"));
    CHECK(save(wizard, QStringLiteral("wizard-4-passphrase-typing-confirm")));
    page->confirmEdit()->setText(QStringLiteral("harbor lantern quite"));
    CHECK(save(wizard, QStringLiteral("wizard-4-passphrase-mismatch")));
    page->confirmEdit()->setText(ui::test::wizardPassphrase());
    CHECK(save(wizard, QStringLiteral("wizard-4-passphrase-ok")));
    REQUIRE(ui::test::clickWizardButton(wizard, QWizard::NextButton));
    CHECK(save(wizard, QStringLiteral("wizard-5-summary")));

    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    QFile::copy(taken, dir.filePath(QStringLiteral("Lakeside Pediatrics.palisade")));
    REQUIRE(ui::test::clickWizardButton(wizard, QWizard::FinishButton));
    CHECK(save(wizard, QStringLiteral("wizard-5-summary-error")));
}

TEST_CASE("Screenshots of the unlock dialog", "[.screenshot]")
{
    TemporaryProgram fixture(QStringLiteral("Riverbend Coding Services.palisade"));
    fixture.close();
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FailedUnlockLog failures(settings);

    UnlockDialog dialog(fixture.path(), failures, fixture.clock());
    dialog.adjustSize();
    CHECK(save(dialog, QStringLiteral("unlock-plain")));
    dialog.passphraseEdit()->setText(QStringLiteral("not the passphrase"));
    dialog.unlockButton()->click();
    dialog.adjustSize();
    CHECK(save(dialog, QStringLiteral("unlock-wrong-passphrase")));
    dialog.passphraseEdit()->setText(QStringLiteral("still not the passphrase"));
    dialog.unlockButton()->click();
    dialog.adjustSize();
    CHECK(save(dialog, QStringLiteral("unlock-wait")));

    UnlockDialog missing(QDir(settingsDir.path()).filePath(QStringLiteral("moved.palisade")),
                         failures, fixture.clock());
    missing.adjustSize();
    CHECK(save(missing, QStringLiteral("unlock-missing-file")));
}

TEST_CASE("Screenshots of settings and change passphrase", "[.screenshot]")
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(store);
    SettingsDialog dialog(settings);
    dialog.adjustSize();
    CHECK(save(dialog, QStringLiteral("settings")));
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("es")));
    dialog.adjustSize();
    CHECK(save(dialog, QStringLiteral("settings-language-changed")));

    TemporaryProgram fixture;
    ChangePassphraseDialog change(fixture.program());
    change.adjustSize();
    CHECK(save(change, QStringLiteral("change-passphrase-empty")));
    change.currentEdit()->setText(QStringLiteral("wrong current passphrase"));
    change.newField()->lineEdit()->setText(QStringLiteral("granite heron sailed 42 at dusk"));
    change.confirmEdit()->setText(QStringLiteral("granite heron sailed 42 at dusk"));
    change.changeButton()->click();
    change.adjustSize();
    CHECK(save(change, QStringLiteral("change-passphrase-wrong-current")));
}
