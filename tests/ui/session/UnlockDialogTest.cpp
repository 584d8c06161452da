#include "ui/session/UnlockDialog.h"

#include "core/program/FailedUnlockLog.h"
#include "core/program/Program.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/widgets/PassphraseLineEdit.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::fixturePassphrase;
using palisade::test::TemporaryProgram;

namespace {

bool typeAndUnlock(UnlockDialog& dialog, const QString& passphrase)
{
    dialog.passphraseEdit()->setText(passphrase);
    if (!dialog.unlockButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog.unlockButton(), Qt::LeftButton);
    return true;
}

} // namespace

TEST_CASE("A wrong passphrase is refused plainly and recorded; the right one unlocks",
          "[ui][session][unlock]")
{
    TemporaryProgram fixture;
    fixture.close();
    const QByteArray before = palisade::test::fileDigest(fixture.path());
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FailedUnlockLog failures(settings);

    UnlockDialog dialog(fixture.path(), failures, fixture.clock());
    dialog.show();
    QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("fileNameLabel"))->text() ==
          QStringLiteral("program.palisade"));
    CHECK_FALSE(dialog.unlockButton()->isEnabled());

    REQUIRE(typeAndUnlock(dialog, QStringLiteral("not the passphrase at all")));
    CHECK(unlocked.isEmpty());
    CHECK(dialog.isVisible());
    CHECK(dialog.messageText().contains(QStringLiteral("passphrase is wrong")));
    CHECK(dialog.passphraseEdit()->text().isEmpty());
    CHECK(failures.failures(fixture.path()).size() == 1);
    CHECK(palisade::test::fileDigest(fixture.path()) == before);
    // One failure costs no wait.
    CHECK(dialog.secondsToWait() == 0);

    fixture.clock().advanceSeconds(5);
    REQUIRE(typeAndUnlock(dialog, fixturePassphrase()));
    CHECK(unlocked.count() == 1);
    CHECK_FALSE(dialog.isVisible());
    CHECK(failures.failures(fixture.path()).empty());

    std::unique_ptr<Program> program = dialog.takeProgram();
    REQUIRE(program);
    AuditQuery query;
    query.action = QStringLiteral("unlock_failed");
    const auto events = program->auditTrail().events(query);
    REQUIRE(events.size() == 1);
    CHECK(events.front().after.contains("\"attempts\":1"));
}

TEST_CASE("Repeated wrong passphrases make the next attempt wait, visibly", "[ui][session][unlock]")
{
    TemporaryProgram fixture;
    fixture.close();
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FailedUnlockLog failures(settings);

    UnlockDialog dialog(fixture.path(), failures, fixture.clock());
    dialog.show();
    REQUIRE(typeAndUnlock(dialog, QStringLiteral("first wrong guess here")));
    REQUIRE(typeAndUnlock(dialog, QStringLiteral("second wrong guess here")));
    CHECK(dialog.secondsToWait() == FailedUnlockLog::waitSeconds(2));
    CHECK(dialog.secondsToWait() > 0);
    auto* waitLabel = dialog.findChild<QLabel*>(QStringLiteral("waitLabel"));
    CHECK(waitLabel->isVisible());
    CHECK(waitLabel->text().contains(QString::number(dialog.secondsToWait())));
    CHECK_FALSE(typeAndUnlock(dialog, fixturePassphrase()));

    CHECK(QTest::qWaitFor([&] { return dialog.unlockButton()->isEnabled(); }, 5000));
    CHECK_FALSE(waitLabel->isVisible());

    // Reopening the dialog does not skip the wait that is still due.
    UnlockDialog reopened(fixture.path(), failures, fixture.clock());
    CHECK(reopened.secondsToWait() == FailedUnlockLog::waitSeconds(2));
    fixture.clock().advanceSeconds(60);
    UnlockDialog later(fixture.path(), failures, fixture.clock());
    CHECK(later.secondsToWait() == 0);
}

TEST_CASE("The unlock dialog says when the file is missing", "[ui][session][unlock]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FailedUnlockLog failures(settings);
    palisade::test::FixedClock clock;
    UnlockDialog dialog(dir.filePath(QStringLiteral("gone.palisade")), failures, clock);
    CHECK(dialog.messageText().contains(QStringLiteral("no program file")));

    QSignalSpy createNew(&dialog, &UnlockDialog::createNewRequested);
    dialog.createNewButton()->click();
    CHECK(createNew.count() == 1);

    dialog.passphraseEdit()->setText(QStringLiteral("whatever passphrase"));
    dialog.tryUnlock();
    CHECK_FALSE(dialog.takeProgram());
    CHECK(failures.failures(dialog.path()).empty());
}
