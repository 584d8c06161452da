#include "ui/shell/MainWindow.h"

#include "core/audit/ChainVerification.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/audit/AuditTrailModel.h"
#include "ui/audit/AuditTrailPage.h"
#include "ui/evidence/EvidencePage.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/retention/RetentionPage.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/AreaSidebar.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/PlannedAreaPage.h"
#include "ui/shell/ShellStatusBar.h"
#include "ui/vendors/VendorsPage.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

void activate(MainWindow& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("MainWindow lists ten areas with a page each", "[ui][shell]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);

    REQUIRE(window.sidebar()->count() == 10);
    REQUIRE(window.pages()->count() == 10);
    const QStringList expected = {QStringLiteral("Dashboard"), QStringLiteral("Risks"),
                                  QStringLiteral("Assets"),    QStringLiteral("Vendors & BAAs"),
                                  QStringLiteral("Training"),  QStringLiteral("Policies"),
                                  QStringLiteral("Incidents"), QStringLiteral("Evidence"),
                                  QStringLiteral("Retention"), QStringLiteral("Audit trail")};
    for (int row = 0; row < 10; ++row)
        CHECK(window.sidebar()->item(row)->text() == expected.at(row));
    CHECK(window.currentArea() == 0);
    CHECK(window.pages()->currentWidget() == window.dashboardPage());
    CHECK(window.pages()->widget(8) == window.retentionPage());
    CHECK(window.pages()->widget(9) == window.auditPage());
    CHECK(window.windowTitle().contains(QStringLiteral("Riverbend Coding Services")));
}

TEST_CASE("MainWindow switches areas with Ctrl+number and the sidebar", "[ui][shell]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    activate(window);

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(window.currentArea() == 3);
    CHECK(window.sidebar()->currentRow() == 3);
    CHECK(qobject_cast<VendorsPage*>(window.pages()->currentWidget()));
    // Chosen from the keyboard, the page takes the focus so its keys work.
    CHECK(window.pages()->currentWidget()->isAncestorOf(QApplication::focusWidget()));

    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    CHECK(window.currentArea() == 6);
    CHECK(window.pages()->currentWidget() == window.incidentsPage());
    CHECK(window.incidentsPage()->isAncestorOf(QApplication::focusWidget()));

    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    CHECK(window.pages()->currentWidget() == window.auditPage());
    CHECK(window.auditPage()->isAncestorOf(QApplication::focusWidget()));

    // The Ctrl+digit keys stay with their areas; Retention, added later, has none.
    auto* retention = window.findChild<QAction*>(QStringLiteral("showArea9Action"));
    REQUIRE(retention);
    CHECK(retention->shortcut().isEmpty());

    window.sidebar()->setFocus();
    QTest::keyClick(window.sidebar(), Qt::Key_Up);
    CHECK(window.currentArea() == 8);
    CHECK(window.pages()->currentWidget() == window.retentionPage());
    auto* view = window.findChild<QAction*>(QStringLiteral("showArea9Action"));
    REQUIRE(view);
    CHECK(view->isChecked());
}

TEST_CASE("MainWindow asks the session to lock, open settings or change the passphrase",
          "[ui][shell]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    activate(window);
    QSignalSpy lock(&window, &MainWindow::lockRequested);
    QSignalSpy settings(&window, &MainWindow::settingsRequested);
    QSignalSpy passphrase(&window, &MainWindow::changePassphraseRequested);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(lock.count() == 1);
    auto* lockAction = window.findChild<QAction*>(QStringLiteral("lockAction"));
    REQUIRE(lockAction);
    lockAction->trigger();
    CHECK(lock.count() == 2);

    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    CHECK(settings.count() == 1);

    auto* change = window.findChild<QAction*>(QStringLiteral("changePassphraseAction"));
    REQUIRE(change);
    change->trigger();
    CHECK(passphrase.count() == 1);
    CHECK(lock.count() == 2);
}

TEST_CASE("MainWindow has a built page for every area", "[ui][shell]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);

    CHECK(window.findChildren<PlannedAreaPage*>().isEmpty());
    CHECK(qobject_cast<EvidencePage*>(window.pages()->widget(7)));
}

TEST_CASE("MainWindow status bar names the file, the lock state and the actor", "[ui][shell]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);

    CHECK(window.shellStatusBar()->filePathText().endsWith(QStringLiteral("program.palisade")));
    CHECK(window.shellStatusBar()->lockStateText() == QStringLiteral("Unlocked"));
    CHECK(window.shellStatusBar()->actorText().contains(QStringLiteral("Dana Whitfield")));
}

TEST_CASE("MainWindow dashboard shows the program and the last verification", "[ui][shell]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    DashboardPage* dashboard = window.dashboardPage();

    const auto label = [&](const char* name) {
        auto* found = dashboard->findChild<QLabel*>(QLatin1String(name));
        REQUIRE(found);
        return found->text();
    };
    CHECK(label("organizationValue") == QStringLiteral("Riverbend Coding Services"));
    CHECK(label("officerValue").startsWith(QStringLiteral("Dana Whitfield, ")));
    CHECK(label("fileValue").endsWith(QStringLiteral("program.palisade")));
    CHECK_FALSE(label("createdValue").isEmpty());
    CHECK_FALSE(label("plannedAreas").contains(QStringLiteral("Evidence")));
    CHECK_FALSE(label("plannedAreas").contains(QStringLiteral("Incidents")));
    CHECK_FALSE(label("plannedAreas").contains(QStringLiteral("Vendors & BAAs")));
    CHECK(dashboard->eventCountText() == QStringLiteral("1"));
    CHECK(dashboard->verificationText().startsWith(QStringLiteral("Not run")));

    REQUIRE(fixture.program().backup(fixture.dir() + QStringLiteral("/b.palisade")));
    CHECK(dashboard->eventCountText() == QStringLiteral("2"));

    auto* verify = dashboard->findChild<QPushButton*>(QStringLiteral("dashboardVerify"));
    REQUIRE(verify);
    QTest::mouseClick(verify, Qt::LeftButton);
    CHECK(window.pages()->currentWidget() == window.auditPage());
    REQUIRE(QTest::qWaitFor([&] { return !window.auditPage()->isVerifying(); }, 20000));
    CHECK(dashboard->verificationText().contains(
        QStringLiteral("The audit trail is intact: 2 events verified.")));
}

TEST_CASE("MainWindow backs up to a new file and refuses to overwrite one", "[ui][shell]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);

    CHECK(window.suggestedBackupName() ==
          QStringLiteral("Riverbend-Coding-Services-backup-%1.palisade")
              .arg(fixture.clock().today().toString(QStringLiteral("yyyy-MM-dd"))));

    const QString target = fixture.dir() + QLatin1Char('/') + window.suggestedBackupName();
    REQUIRE(window.backUpTo(target));
    CHECK(QFileInfo::exists(target));
    auto* done = window.findChild<QMessageBox*>(QStringLiteral("backupSucceeded"));
    REQUIRE(done);
    CHECK(done->text().contains(QFileInfo(target).fileName()));
    done->close();

    CHECK_FALSE(window.backUpTo(target));
    auto* failed = window.findChild<QMessageBox*>(QStringLiteral("backupFailed"));
    REQUIRE(failed);
    CHECK(failed->text().contains(QStringLiteral("not backed up")));
    CHECK(failed->text().contains(QStringLiteral("already exists")));
}
