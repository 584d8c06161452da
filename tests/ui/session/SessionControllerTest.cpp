#include "ui/session/SessionController.h"

#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/session/WizardDriver.h"
#include "ui/session/ChangePassphraseDialog.h"
#include "ui/session/UnlockDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/PassphraseLineEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace std::chrono_literals;
using palisade::test::fixturePassphrase;
using palisade::test::TemporaryProgram;

namespace {

// A session on the fixture file, unlocked through the unlock dialog.
struct UnlockedSession
{
    TemporaryProgram fixture;
    QTemporaryDir settingsDir;
    QSettings settings{settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    SessionController controller{settings, fixture.clock()};

    UnlockedSession()
    {
        fixture.close();
        controller.start(fixture.path());
    }

    bool unlock(const QString& passphrase = fixturePassphrase())
    {
        UnlockDialog* dialog = controller.unlockDialog();
        if (!dialog || !dialog->isVisible())
            return false;
        dialog->passphraseEdit()->setText(passphrase);
        dialog->unlockButton()->click();
        return controller.program() != nullptr;
    }

    ~UnlockedSession()
    {
        // Let deferred deletions run before the fixture removes the file.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

std::vector<AuditEvent> eventsNamed(const QString& path, const QString& action, const Clock& clock)
{
    auto unlocked = Program::unlock(path, SecretBuffer::fromString(fixturePassphrase()), {}, clock);
    if (!unlocked)
        return {};
    AuditQuery query;
    query.action = action;
    return unlocked.value()->auditTrail().events(query);
}

} // namespace

TEST_CASE("First start runs the wizard and opens the new program", "[ui][session][controller]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    palisade::test::FixedClock clock;
    SessionController controller(settings, clock);
    controller.setDefaultFolder(dir.path());
    controller.start();

    REQUIRE(controller.wizard());
    CHECK(controller.wizard()->isVisible());
    CHECK_FALSE(controller.unlockDialog());

    const QString path = dir.filePath(QStringLiteral("lakeside.palisade"));
    REQUIRE(ui::test::driveWizardToSummary(*controller.wizard(), path));
    REQUIRE(ui::test::clickWizardButton(*controller.wizard(), QWizard::FinishButton));

    REQUIRE(controller.program());
    REQUIRE(controller.mainWindow());
    CHECK(controller.mainWindow()->isVisible());
    CHECK(controller.idleLock().isActive());
    CHECK(controller.program()->profile().organization == QStringLiteral("Lakeside Pediatrics"));
    CHECK(QFileInfo(controller.appSettings().lastFilePath()) == QFileInfo(path));

    // The next start goes to the unlock dialog for the same file.
    SessionController next(settings, clock);
    next.start();
    REQUIRE(next.unlockDialog());
    CHECK(QFileInfo(next.unlockDialog()->path()) == QFileInfo(path));
    CHECK_FALSE(next.wizard());
}

TEST_CASE("Create new from the unlock dialog, cancelled, returns to the unlock dialog",
          "[ui][session][controller]")
{
    UnlockedSession session;
    UnlockDialog* dialog = session.controller.unlockDialog();
    REQUIRE(dialog);
    dialog->createNewButton()->click();
    REQUIRE(session.controller.wizard());
    CHECK(session.controller.wizard()->isVisible());
    CHECK_FALSE(dialog->isVisible());

    session.controller.wizard()->reject();
    CHECK(dialog->isVisible());
    CHECK(session.unlock());
}

TEST_CASE("Unlocking with a wrong then the right passphrase shows the main window",
          "[ui][session][controller]")
{
    UnlockedSession session;
    const QByteArray before = palisade::test::fileDigest(session.fixture.path());
    CHECK_FALSE(session.unlock(QStringLiteral("a wrong passphrase, typed fast")));
    CHECK(session.controller.unlockDialog()->messageText().contains(
        QStringLiteral("passphrase is wrong")));
    CHECK_FALSE(session.controller.mainWindow());
    CHECK(palisade::test::fileDigest(session.fixture.path()) == before);

    REQUIRE(session.unlock());
    REQUIRE(session.controller.mainWindow());
    CHECK(session.controller.mainWindow()->isVisible());
    AuditQuery query;
    query.action = QStringLiteral("unlock_failed");
    CHECK(session.controller.program()->auditTrail().events(query).size() == 1);
    CHECK(QTest::qWaitFor([&] { return !session.controller.unlockDialog(); }, 2000));
}

TEST_CASE("The idle lock closes everything and asks for the passphrase again",
          "[ui][session][controller]")
{
    UnlockedSession session;
    REQUIRE(session.unlock());
    QPointer<MainWindow> window = session.controller.mainWindow();
    QPointer<Program> program = session.controller.program();
    REQUIRE(window);

    session.controller.showSettings();
    QPointer<SettingsDialog> settingsDialog = window->findChild<SettingsDialog*>();
    REQUIRE(settingsDialog);
    CHECK(settingsDialog->isVisible());

    session.controller.clipboard().copy(QStringLiteral("MRN 000-12-3456"));
    REQUIRE(QGuiApplication::clipboard()->text() == QStringLiteral("MRN 000-12-3456"));

    QSignalSpy locked(&session.controller, &SessionController::locked);
    session.controller.idleLock().setInterval(50ms);
    REQUIRE(QTest::qWaitFor([&] { return locked.count() == 1; }, 3000));

    CHECK_FALSE(session.controller.program());
    CHECK_FALSE(session.controller.mainWindow());
    REQUIRE(session.controller.unlockDialog());
    CHECK(session.controller.unlockDialog()->isVisible());
    CHECK(QFileInfo(session.controller.unlockDialog()->path()) ==
          QFileInfo(session.fixture.path()));
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    CHECK(QTest::qWaitFor(
        [&] { return window.isNull() && program.isNull() && settingsDialog.isNull(); }, 2000));
    CHECK_FALSE(session.controller.idleLock().isActive());

    const auto lockedEvents =
        eventsNamed(session.fixture.path(), QStringLiteral("locked"), session.fixture.clock());
    REQUIRE(lockedEvents.size() == 1);
    CHECK(lockedEvents.front().after.contains("idle"));

    // And it opens again.
    CHECK(session.unlock());
    CHECK(session.controller.mainWindow());
}

TEST_CASE("Locking leaves the clipboard alone when the user copied something else",
          "[ui][session][controller]")
{
    UnlockedSession session;
    REQUIRE(session.unlock());
    session.controller.clipboard().copy(QStringLiteral("BAA-2024-017"));
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own note"));

    session.controller.lock(QStringLiteral("manual"));
    CHECK_FALSE(session.controller.program());
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("the user's own note"));
}

TEST_CASE("Locking closes a modal dialog running its own event loop", "[ui][session][controller]")
{
    UnlockedSession session;
    REQUIRE(session.unlock());
    QPointer<MainWindow> window = session.controller.mainWindow();

    // A dialog opened with exec() by the main window; the idle lock fires inside its loop.
    session.controller.idleLock().setInterval(50ms);
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Delete?"),
                        QStringLiteral("Delete the risk?"), QMessageBox::Yes | QMessageBox::No,
                        window);
        const int answer = box.exec();
        CHECK(answer != QMessageBox::Yes);
        CHECK_FALSE(session.controller.program());
        // The window that ran exec() is still alive until control returns to the outer loop.
        CHECK(window);
    }
    CHECK(QTest::qWaitFor([&] { return window.isNull(); }, 2000));
    REQUIRE(session.controller.unlockDialog());
    CHECK(session.controller.unlockDialog()->isVisible());
}

TEST_CASE("The change passphrase dialog opens from the session and closes on lock",
          "[ui][session][controller]")
{
    UnlockedSession session;
    REQUIRE(session.unlock());
    session.controller.showChangePassphrase();
    QPointer<ChangePassphraseDialog> dialog =
        session.controller.mainWindow()->findChild<ChangePassphraseDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->isModal());

    session.controller.lock(QStringLiteral("manual"));
    CHECK((dialog.isNull() || !dialog->isVisible()));
    CHECK(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));
}
