// Renders the Retention area and its dialogs offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "core/retention/RecordTypes.h"
#include "tests/ui/retention/RetentionUiSamples.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "ui/retention/DisposalConfirmDialog.h"
#include "ui/retention/DisposalLogTab.h"
#include "ui/retention/LegalHoldDialog.h"
#include "ui/retention/LegalHoldModel.h"
#include "ui/retention/LegalHoldsTab.h"
#include "ui/retention/ReleaseHoldDialog.h"
#include "ui/retention/RetentionPage.h"
#include "ui/retention/RetentionRecordModel.h"
#include "ui/retention/RetentionRecordsTab.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/MainWindow.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskshots::save;

TEST_CASE("Screenshots of the Retention area", "[.screenshot]")
{
    test::TemporaryProgram fixture;
    {
        RetentionPage empty(fixture.program());
        empty.resize(1060, 720);
        CHECK(save(empty, QStringLiteral("retention-0-empty-records")));
        empty.tabs()->setCurrentIndex(RetentionPage::Holds);
        CHECK(save(empty, QStringLiteral("retention-0-empty-holds")));
        empty.tabs()->setCurrentIndex(RetentionPage::Disposals);
        CHECK(save(empty, QStringLiteral("retention-0-empty-log")));
    }

    const test::History history = test::historyAsOf(fixture, QDate(2026, 2, 2));
    Program& program = fixture.program();
    RetentionRegister& retention = program.retention();
    REQUIRE(retention.placeHold(recordtype::risk(), std::nullopt,
                                QStringLiteral("OCR compliance review of the 2025 risk analysis "
                                               "(letter of 2026-01-28)")));
    test::setToday(fixture, QDate(2026, 6, 1));
    const Result<LegalHold> review = retention.releaseHold(
        1, QStringLiteral("OCR closed the review without findings on 2026-05-29"));
    REQUIRE(review);
    test::setToday(fixture, QDate(2026, 9, 1));
    REQUIRE(retention.placeHold(
        recordtype::agreement(), history.terminated,
        QStringLiteral("Litigation hold: Doe v. Lakeside Family Clinic, notice from counsel "
                       "received 2026-08-28")));
    test::setToday(fixture, QDate(2026, 9, 15));
    REQUIRE(retention.dispose(recordtype::agreement(), history.expired));

    ClipboardGuard clipboard;
    MainWindow window(program, clipboard);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    RetentionPage* page = window.retentionPage();
    REQUIRE(page);
    window.showArea(window.pages()->indexOf(page));

    REQUIRE(page->recordsTab()->selectRecord(RecordRef{recordtype::risk(), history.riskOne}));
    CHECK(save(window, QStringLiteral("retention-1-records")));

    page->tabs()->setCurrentIndex(RetentionPage::Holds);
    page->holdsTab()->showReleasedCheck()->setChecked(true);
    page->holdsTab()->table()->selectRow(0);
    CHECK(save(window, QStringLiteral("retention-2-holds")));

    page->tabs()->setCurrentIndex(RetentionPage::Disposals);
    page->disposalLogTab()->table()->setCurrentIndex(page->disposalLogTab()->proxy()->index(0, 5));
    CHECK(save(window, QStringLiteral("retention-3-disposal-log")));

    page->tabs()->setCurrentIndex(RetentionPage::Rules);
    CHECK(save(window, QStringLiteral("retention-4-rules")));

    page->tabs()->setCurrentIndex(RetentionPage::Records);
    const Result<RetentionRecord> risk = retention.record(recordtype::risk(), history.riskOne);
    REQUIRE(risk);
    LegalHoldDialog hold(program, *risk, &window);
    hold.reasonEdit()->setPlainText(
        QStringLiteral("Subpoena duces tecum from the state attorney general, served 2026-09-14"));
    CHECK(save(hold, QStringLiteral("retention-5-hold-dialog")));
    hold.close();

    DisposalConfirmDialog confirm(page->recordsTab()->disposalCandidates(), QDate(2026, 9, 15),
                                  &window);
    CHECK(save(confirm, QStringLiteral("retention-6-dispose-confirm")));
    confirm.close();

    const Result<std::vector<LegalHold>> holds = retention.holds();
    REQUIRE(holds);
    REQUIRE_FALSE(holds->empty());
    ReleaseHoldDialog release(program, holds->front(),
                              page->holdsTab()->model()->coversText(holds->front()), &window);
    release.reasonEdit()->setPlainText(QStringLiteral("Case settled; counsel confirmed on "
                                                      "2026-09-15 that the hold may end"));
    CHECK(save(release, QStringLiteral("retention-7-release-dialog")));
}
