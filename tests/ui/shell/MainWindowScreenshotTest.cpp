#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditFilterProxyModel.h"
#include "ui/audit/AuditTableView.h"
#include "ui/audit/AuditTrailModel.h"
#include "ui/audit/AuditTrailPage.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QStackedWidget>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

// Where screenshots go: $PALISADE_SCREENSHOT_DIR, else ./screenshots.
QString screenshotDir()
{
    const QString configured = qEnvironmentVariable("PALISADE_SCREENSHOT_DIR");
    return configured.isEmpty() ? QDir::current().filePath(QStringLiteral("screenshots"))
                                : configured;
}

bool save(MainWindow& window, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(screenshotDir()).filePath(name);
    return window.grab().save(path);
}

// A few days of a real program's life: unlocks, locks, a failed attempt, backups.
std::unique_ptr<Program> livedInProgram(test::TemporaryProgram& fixture)
{
    test::FixedClock& clock = fixture.clock();
    const SecretBuffer passphrase = SecretBuffer::fromString(test::fixturePassphrase());
    clock.advanceSeconds(40 * 60);
    REQUIRE(fixture.program().backup(fixture.dir() + QStringLiteral("/first-backup.palisade")));
    clock.advanceSeconds(95 * 60);
    fixture.program().lock(QStringLiteral("manual"));
    fixture.close();

    clock.advanceDays(1);
    Program::UnlockOptions options;
    options.failedAttempts = {clock.nowUtc().addSecs(-70), clock.nowUtc().addSecs(-40)};
    auto unlocked = Program::unlock(fixture.path(), passphrase, options, clock);
    REQUIRE(unlocked);
    std::unique_ptr<Program> program = std::move(unlocked).value();
    clock.advanceSeconds(15 * 60);
    program->lock(QStringLiteral("idle"));
    program.reset();

    clock.advanceDays(2);
    unlocked = Program::unlock(fixture.path(), passphrase, {}, clock);
    REQUIRE(unlocked);
    program = std::move(unlocked).value();
    clock.advanceSeconds(20 * 60);
    REQUIRE(program->backup(fixture.dir() + QStringLiteral("/weekly-backup.palisade")));
    clock.advanceSeconds(5 * 60);
    return program;
}

} // namespace

TEST_CASE("Screenshots of the main window", "[.screenshot]")
{
    REQUIRE(QDir().mkpath(screenshotDir()));
    test::TemporaryProgram fixture;
    std::unique_ptr<Program> program = livedInProgram(fixture);
    ClipboardGuard clipboard;
    MainWindow window(*program, clipboard);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    window.showArea(0);
    CHECK(save(window, QStringLiteral("dashboard.png")));

    window.showArea(3);
    CHECK(save(window, QStringLiteral("planned-area.png")));

    window.showArea(window.pages()->indexOf(window.auditPage()));
    AuditTrailPage* audit = window.auditPage();
    audit->startVerification();
    REQUIRE(QTest::qWaitFor([&] { return !audit->isVerifying(); }, 20000));
    const int row = audit->model()->rowForSeq(5);
    audit->table()->selectRow(audit->proxy()->mapFromSource(audit->model()->index(row, 0)).row());
    CHECK(save(window, QStringLiteral("audit-trail.png")));

    audit->filterBar()->setText(QStringLiteral("no event says this"));
    CHECK(save(window, QStringLiteral("audit-trail-no-match.png")));
    audit->filterBar()->clear();

    window.showArea(0);
    CHECK(save(window, QStringLiteral("dashboard-verified.png")));
}

TEST_CASE("Screenshot of a broken audit trail", "[.screenshot]")
{
    REQUIRE(QDir().mkpath(screenshotDir()));
    test::TemporaryProgram fixture;
    std::unique_ptr<Program> program = livedInProgram(fixture);
    program.reset();
    {
        Result<Database> db =
            Vault().unlock(fixture.path(), SecretBuffer::fromString(test::fixturePassphrase()));
        REQUIRE(db);
        db.value().exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
        db.value().exec(
            QStringLiteral("UPDATE audit_event SET after_json = '{\"reason\":\"manual\"}' "
                           "WHERE seq = 6"));
    }
    Program& reopened = fixture.reopen();
    ClipboardGuard clipboard;
    MainWindow window(reopened, clipboard);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(window.pages()->indexOf(window.auditPage()));
    window.auditPage()->startVerification();
    REQUIRE(QTest::qWaitFor([&] { return !window.auditPage()->isVerifying(); }, 20000));
    CHECK(save(window, QStringLiteral("audit-trail-broken.png")));
}
