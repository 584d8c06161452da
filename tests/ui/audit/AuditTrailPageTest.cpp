#include "ui/audit/AuditTrailPage.h"

#include "core/audit/AuditTrail.h"
#include "core/audit/ChainVerification.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/audit/AuditEventDetailWidget.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditFilterProxyModel.h"
#include "ui/audit/AuditTableView.h"
#include "ui/audit/AuditTrailModel.h"
#include "ui/audit/AuditVerificationBanner.h"
#include "ui/session/ClipboardGuard.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

void recordEvents(test::TemporaryProgram& fixture)
{
    const auto record = [&](const QString& actor, const QString& action, const QString& id,
                            const QJsonObject& before, const QJsonObject& after) {
        fixture.clock().advanceSeconds(3600);
        REQUIRE(fixture.program().transact(QStringLiteral("test"), [&](AuditTrail& audit) {
            audit.record(actor, action, QStringLiteral("risk"), id, before, after);
        }));
    };
    record(QStringLiteral("Dana Whitfield"), QStringLiteral("risk_added"), QStringLiteral("R-1"),
           {},
           {{QStringLiteral("title"), QStringLiteral("Unencrypted laptops")},
            {QStringLiteral("score"), 12}});
    record(QStringLiteral("Sam Ortiz"), QStringLiteral("risk_updated"), QStringLiteral("R-1"),
           {{QStringLiteral("title"), QStringLiteral("Unencrypted laptops")},
            {QStringLiteral("score"), 12}},
           {{QStringLiteral("title"), QStringLiteral("Unencrypted laptops")},
            {QStringLiteral("score"), 6}});
    record(QStringLiteral("Sam Ortiz"), QStringLiteral("risk_added"), QStringLiteral("R-2"), {},
           {{QStringLiteral("title"), QStringLiteral("Phishing")}, {QStringLiteral("score"), 9}});
}

bool waitForVerification(AuditTrailPage& page)
{
    return QTest::qWaitFor([&] { return !page.isVerifying(); }, 20000);
}

qint64 currentSeq(const AuditTrailPage& page)
{
    return page.table()->currentIndex().data(AuditTrailModel::SeqRole).toLongLong();
}

} // namespace

TEST_CASE("AuditTrailPage filters as the user types and picks", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    recordEvents(fixture);
    ClipboardGuard clipboard;
    AuditTrailPage page(fixture.program(), clipboard);
    page.resize(1000, 700);
    page.show();
    REQUIRE(page.proxy()->rowCount() == 4);

    auto* search = page.findChild<QLineEdit*>(QStringLiteral("auditSearch"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("phish"));
    CHECK(page.proxy()->rowCount() == 1);
    search->clear();
    CHECK(page.proxy()->rowCount() == 4);

    auto* actions = page.findChild<QComboBox*>(QStringLiteral("actionFilter"));
    REQUIRE(actions);
    const int added = actions->findData(QStringLiteral("risk_added"));
    REQUIRE(added > 0);
    CHECK(actions->findText(QStringLiteral("Created")) > 0);
    actions->setCurrentIndex(added);
    CHECK(page.proxy()->rowCount() == 2);

    auto* actors = page.findChild<QComboBox*>(QStringLiteral("actorFilter"));
    REQUIRE(actors);
    actors->setCurrentIndex(actors->findData(QStringLiteral("Sam Ortiz")));
    CHECK(page.proxy()->rowCount() == 1);
}

TEST_CASE("AuditTrailPage shows a hint instead of an empty table", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    AuditTrailPage page(fixture.program(), clipboard);
    page.show();
    auto* hint = page.findChild<QLabel*>(QStringLiteral("emptyHint"));
    REQUIRE(hint);
    CHECK_FALSE(hint->isVisible());

    page.filterBar()->setText(QStringLiteral("nothing matches this"));
    CHECK(page.proxy()->rowCount() == 0);
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("No events match")));
    CHECK_FALSE(page.table()->isVisible());

    auto* clear = page.findChild<QPushButton*>(QStringLiteral("emptyClearFilters"));
    REQUIRE(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(page.proxy()->rowCount() == 1);
    CHECK(page.table()->isVisible());
    CHECK(page.filterBar()->text().isEmpty());
}

TEST_CASE("AuditTrailPage refreshes when the program records an event", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    AuditTrailPage page(fixture.program(), clipboard);
    page.show();
    REQUIRE(page.model()->rowCount() == 1);
    auto* actors = page.findChild<QComboBox*>(QStringLiteral("actorFilter"));
    REQUIRE(actors);
    CHECK(actors->findData(QStringLiteral("Sam Ortiz")) < 0);

    recordEvents(fixture);
    CHECK(page.model()->rowCount() == 4);
    CHECK(page.proxy()->rowCount() == 4);
    CHECK(actors->findData(QStringLiteral("Sam Ortiz")) > 0);
    // Newest first.
    CHECK(page.proxy()->index(0, 0).data(AuditTrailModel::SeqRole).toLongLong() == 4);
}

TEST_CASE("AuditTrailPage reads the trail when first shown and changes when shown again",
          "[ui][audit]")
{
    // The main window builds every page at unlock; a million events are read
    // only once the user opens the page.
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    AuditTrailPage page(fixture.program(), clipboard);
    CHECK(page.model()->rowCount() == 0);
    page.show();
    CHECK(page.model()->rowCount() == 1);

    page.hide();
    recordEvents(fixture);
    CHECK(page.model()->rowCount() == 1);
    page.show();
    CHECK(page.model()->rowCount() == 4);
    CHECK(page.proxy()->index(0, 0).data(AuditTrailModel::SeqRole).toLongLong() == 4);
}

TEST_CASE("AuditTrailPage shows the selected event's states and hashes", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    recordEvents(fixture);
    ClipboardGuard clipboard;
    AuditTrailPage page(fixture.program(), clipboard);
    page.show();

    const int row =
        page.proxy()->mapFromSource(page.model()->index(page.model()->rowForSeq(3), 0)).row();
    page.table()->selectRow(row);
    REQUIRE(currentSeq(page) == 3);
    const AuditEvent& event = page.model()->eventAt(2);
    CHECK(page.detail()->beforeText().contains(QStringLiteral("\"score\": 12")));
    CHECK(page.detail()->afterText().contains(QStringLiteral("\"score\": 6")));
    CHECK(page.detail()->afterText().contains(QLatin1Char('\n')));
    CHECK(page.detail()->hashText() == event.hash);
    CHECK(page.detail()->previousHashText() == page.model()->eventAt(1).hash);
}

TEST_CASE("AuditTrailPage says which disposal removed a redacted state", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    recordEvents(fixture); // events 2 and 3 are about R-1
    REQUIRE(fixture.program().transact(QStringLiteral("test"), [&](AuditTrail& audit) {
        const std::vector<AuditEvent> holding = audit.eventsHoldingContent(
            {AuditSubject{QStringLiteral("risk"), QStringLiteral("R-1"), {}, {}}});
        const AuditEvent disposal =
            audit.record(QStringLiteral("Dana Whitfield"), QStringLiteral("disposed"),
                         QStringLiteral("retention"), QStringLiteral("risk:1"), {},
                         {{QStringLiteral("redacted_events"), QJsonArray{2, 3}}});
        audit.redact(holding, disposal.seq);
    }));
    ClipboardGuard clipboard;
    AuditTrailPage page(fixture.program(), clipboard);
    page.show();
    const int row =
        page.proxy()->mapFromSource(page.model()->index(page.model()->rowForSeq(3), 0)).row();
    page.table()->selectRow(row);
    REQUIRE(currentSeq(page) == 3);
    CHECK(page.detail()->beforeText().startsWith(
        QStringLiteral("Removed when the record was disposed of after its retention period "
                       "(event 5).")));
    CHECK_FALSE(page.detail()->afterText().contains(QStringLiteral("Unencrypted")));
    CHECK(page.detail()->hashText() == page.model()->eventAt(2).hash);
    // The other risk's event is untouched.
    page.table()->selectRow(
        page.proxy()->mapFromSource(page.model()->index(page.model()->rowForSeq(4), 0)).row());
    CHECK(page.detail()->afterText().contains(QStringLiteral("Phishing")));
    CHECK(fixture.program().auditTrail().verify().intact);
}

TEST_CASE("AuditTrailPage copies selected rows as tab-separated text", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    recordEvents(fixture);
    ClipboardGuard clipboard;
    AuditTrailPage page(fixture.program(), clipboard);
    page.show();
    page.table()->setFocus();

    page.table()->selectRow(0);
    page.table()->selectionModel()->select(page.proxy()->index(1, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(page.table(), Qt::Key_C, Qt::ControlModifier);

    CHECK(clipboard.holdsOurText());
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    const QStringList first = lines.at(0).split(QLatin1Char('\t'));
    REQUIRE(first.size() == AuditTrailModel::ColumnCount);
    CHECK(first.at(AuditTrailModel::SeqColumn) == QStringLiteral("4"));
    CHECK(first.at(AuditTrailModel::ActorColumn) == QStringLiteral("Sam Ortiz"));
    CHECK(lines.at(1).startsWith(QStringLiteral("3\t")));
}

TEST_CASE("AuditTrailPage verifies an intact trail off the UI thread", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    recordEvents(fixture);
    ClipboardGuard clipboard;
    AuditTrailPage page(fixture.program(), clipboard);
    page.show();
    QSignalSpy finished(&page, &AuditTrailPage::verificationFinished);

    auto* verify = page.findChild<QPushButton*>(QStringLiteral("verifyButton"));
    REQUIRE(verify);
    QTest::mouseClick(verify, Qt::LeftButton);
    REQUIRE(waitForVerification(page));

    REQUIRE(finished.count() == 1);
    CHECK(page.banner()->isVisible());
    CHECK(page.banner()->tone() == AuditVerificationBanner::Tone::Intact);
    CHECK(page.banner()->text() == QStringLiteral("The audit trail is intact: 4 events verified."));
    CHECK(verify->isEnabled());
}

TEST_CASE("AuditTrailPage names and selects the first broken event", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    recordEvents(fixture);
    fixture.close();
    {
        Result<Database> db =
            Vault().unlock(fixture.path(), SecretBuffer::fromString(test::fixturePassphrase()));
        REQUIRE(db);
        db.value().exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
        db.value().exec(QStringLiteral("UPDATE audit_event SET actor = 'Mallory' WHERE seq = 3"));
    }
    Program& program = fixture.reopen();
    ClipboardGuard clipboard;
    AuditTrailPage page(program, clipboard);
    page.show();
    // A filter hiding the broken event is cleared so that it can be selected.
    page.filterBar()->setText(QStringLiteral("Phishing"));
    REQUIRE(page.proxy()->rowCount() == 1);

    page.startVerification();
    CHECK(page.isVerifying() == true);
    REQUIRE(waitForVerification(page));

    CHECK(page.banner()->tone() == AuditVerificationBanner::Tone::Broken);
    CHECK(page.banner()->text().contains(QStringLiteral("broken at event 3")));
    CHECK(page.filterBar()->text().isEmpty());
    CHECK(currentSeq(page) == 3);
    CHECK(page.table()->selectionModel()->isRowSelected(page.table()->currentIndex().row(), {}));
    CHECK(page.detail()->hashText() == page.model()->eventAt(2).hash);
    CHECK(page.model()->brokenSeq() == 3);
    CHECK(page.table()->currentIndex().data(Qt::ForegroundRole).isValid());
}

TEST_CASE("AuditTrailPage stops verifying when the trail changes", "[ui][audit]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    AuditTrailPage page(fixture.program(), clipboard);
    QSignalSpy finished(&page, &AuditTrailPage::verificationFinished);
    page.startVerification();
    REQUIRE(page.isVerifying());

    // The page must not read the file from another thread once changed() has
    // fired: locking emits it just before the connection closes.
    fixture.program().lock(QStringLiteral("manual"));
    CHECK_FALSE(page.isVerifying());
    CHECK(page.banner()->tone() == AuditVerificationBanner::Tone::Neutral);
    CHECK(page.banner()->text().contains(QStringLiteral("stopped")));
    QTest::qWait(50);
    CHECK(finished.count() == 0);
    CHECK(page.findChild<QPushButton*>(QStringLiteral("verifyButton"))->isEnabled());
}
