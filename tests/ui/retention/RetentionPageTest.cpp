#include "ui/retention/RetentionPage.h"

#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRules.h"
#include "tests/ui/assets/ModalDriver.h"
#include "tests/ui/retention/RetentionUiSamples.h"
#include "ui/retention/DisposalConfirmDialog.h"
#include "ui/retention/DisposalLogTab.h"
#include "ui/retention/DisposalModel.h"
#include "ui/retention/LegalHoldDialog.h"
#include "ui/retention/LegalHoldModel.h"
#include "ui/retention/LegalHoldsTab.h"
#include "ui/retention/ReleaseHoldDialog.h"
#include "ui/retention/RetentionFilterBar.h"
#include "ui/retention/RetentionRecordModel.h"
#include "ui/retention/RetentionRecordProxyModel.h"
#include "ui/retention/RetentionRecordsTab.h"
#include "ui/retention/RetentionRuleModel.h"
#include "ui/retention/RetentionRulesTab.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using test::cellText;

namespace {

QStringList shownRecords(const RetentionPage& page)
{
    return test::columnText(*page.recordsTab()->proxy(), RetentionRecordModel::RecordColumn);
}

QString statusOf(const RetentionPage& page, const RecordRef& ref)
{
    const RetentionRecordModel* model = page.recordsTab()->model();
    const int row = model->rowFor(ref);
    return row < 0 ? QString() : cellText(*model, row, RetentionRecordModel::StatusColumn);
}

// Answers the legal hold dialog with `reason`, for one record or every record.
void answerHoldDialog(const QString& reason, bool oneRecord, bool* seen)
{
    test::whenModalAppears(
        [reason, oneRecord](QDialog* dialog) {
            auto* hold = qobject_cast<LegalHoldDialog*>(dialog);
            if (!hold) {
                dialog->reject();
                return;
            }
            (oneRecord ? hold->thisRecordButton() : hold->everyRecordButton())->setChecked(true);
            hold->reasonEdit()->setPlainText(reason);
            hold->confirmButton()->click();
        },
        seen);
}

// Clicks "Dispose" (or Cancel) in the confirmation, noting what it listed.
void answerDisposal(bool dispose, QStringList* listed, bool* seen)
{
    test::whenModalAppears(
        [dispose, listed](QDialog* dialog) {
            auto* confirm = qobject_cast<DisposalConfirmDialog*>(dialog);
            if (!confirm) {
                dialog->reject();
                return;
            }
            for (int row = 0; row < confirm->recordList()->topLevelItemCount(); ++row) {
                const QTreeWidgetItem* item = confirm->recordList()->topLevelItem(row);
                *listed << item->text(0) + QLatin1Char('|') + item->text(2);
            }
            (dispose ? confirm->disposeButton() : confirm->cancelButton())->click();
        },
        seen);
}

} // namespace

TEST_CASE("RetentionPage on a new file explains each empty tab and lists the rules",
          "[ui][retention]")
{
    test::TemporaryProgram fixture;
    RetentionPage page(fixture.program());
    page.show();
    CHECK(page.tabs()->count() == 4);
    CHECK(page.recordsTab()->isShowingFirstRun());
    CHECK(page.recordsTab()->firstRunPanel()->text().contains(QStringLiteral("six years")));
    CHECK_FALSE(page.recordsTab()->disposeButton()->isEnabled());
    CHECK(page.holdsTab()->isShowingFirstRun());
    CHECK(page.holdsTab()->firstRunPanel()->text().contains(QStringLiteral("litigation")));
    CHECK(page.disposalLogTab()->isShowingFirstRun());
    CHECK(page.disposalLogTab()->firstRunPanel()->text().contains(QStringLiteral("SHA-256")));
    CHECK(page.rulesTab()->model()->rowCount() == int(RetentionRules::all().size()));
    CHECK(page.banner()->text().isEmpty());
}

TEST_CASE("RetentionPage statuses follow the As of date; disposal waits for the day",
          "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 3, 1));
    RetentionPage page(fixture.program());
    page.show();
    RetentionRecordsTab* records = page.recordsTab();
    const RecordRef expired{recordtype::agreement(), history.expired};

    CHECK(records->filterBar()->asOf() == QDate(2026, 3, 1));
    CHECK(statusOf(page, expired) == retentionStatusLabel(RetentionStatus::Retained));
    CHECK_FALSE(records->disposeButton()->isEnabled());
    CHECK(records->summaryLabel()->text().contains(QStringLiteral("As of 2026-03-01")));

    // A later day shows what becomes eligible, but nothing goes before its day.
    records->filterBar()->asOfEdit()->setDate(QDate(2026, 9, 15));
    CHECK(statusOf(page, expired) == retentionStatusLabel(RetentionStatus::Eligible));
    CHECK(statusOf(page, RecordRef{recordtype::risk(), history.riskOne}) ==
          retentionStatusLabel(RetentionStatus::Eligible));
    CHECK(records->summaryLabel()->text().contains(QStringLiteral("Eligible for Disposal: 4")));
    CHECK_FALSE(records->disposeButton()->isEnabled());
    CHECK(records->disposeButton()->toolTip().contains(QStringLiteral("today or earlier")));
    page.disposeEligible();
    CHECK(page.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(fixture.program().retention().disposals()->empty());

    // "Today" goes back to the day the file's clock says.
    REQUIRE(records->filterBar()->todayButton()->isEnabled());
    records->filterBar()->todayButton()->click();
    CHECK(records->filterBar()->asOf() == QDate(2026, 3, 1));
    CHECK(statusOf(page, expired) == retentionStatusLabel(RetentionStatus::Retained));
    CHECK_FALSE(records->filterBar()->todayButton()->isEnabled());

    // A new day: "As of" follows it while it showed today.
    fixture.clock().set(QDateTime(QDate(2026, 9, 15), QTime(9, 0), Qt::UTC));
    page.reload();
    CHECK(records->filterBar()->asOf() == QDate(2026, 9, 15));
    CHECK(records->disposeButton()->isEnabled());
    CHECK(records->disposeButton()->toolTip().contains(QStringLiteral("2026-09-15")));
}

TEST_CASE("RetentionPage filters records by status, type and text", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    test::historyAsOf(fixture, QDate(2026, 9, 15));
    RetentionPage page(fixture.program());
    page.show();
    RetentionRecordsTab* records = page.recordsTab();
    RetentionFilterBar* filter = records->filterBar();
    const int all = records->proxy()->rowCount();
    REQUIRE(all == records->model()->rowCount());
    CHECK(page.tabs()->tabText(RetentionPage::Records).contains(QString::number(all)));

    QComboBox* status = filter->statusCombo();
    REQUIRE(status->count() == 6);
    status->setCurrentIndex(status->findData(QStringLiteral("eligible")));
    CHECK(records->proxy()->rowCount() == 4);
    CHECK(filter->countLabel()->text() == QStringLiteral("4 of %1 shown").arg(all));

    QComboBox* type = filter->typeCombo();
    type->setCurrentIndex(type->findData(recordtype::agreement()));
    REQUIRE(records->proxy()->rowCount() == 1);
    CHECK(shownRecords(page).front().contains(QStringLiteral("Billing pilot BAA")));

    filter->searchField()->setText(QStringLiteral("no record says this"));
    CHECK(records->isShowingNoMatch());
    CHECK(records->noMatchHint()->text().contains(QStringLiteral("No record matches")));
    records->noMatchHint()->clearButton()->click();
    CHECK(records->proxy()->rowCount() == all);
    CHECK_FALSE(records->isShowingNoMatch());
    CHECK(filter->statusKey().isEmpty());
    CHECK(filter->recordType().isEmpty());

    status->setCurrentIndex(status->findData(QStringLiteral("discardable")));
    for (const QString& label : shownRecords(page))
        CHECK_FALSE(label.contains(QStringLiteral("Billing pilot BAA")));
    CHECK(records->proxy()->rowCount() > 0);
}

TEST_CASE("RetentionPage places a hold through the dialog; it shows on both tabs and blocks "
          "disposal",
          "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    RetentionPage page(fixture.program());
    page.show();
    RetentionRecordsTab* records = page.recordsTab();
    const RecordRef risk{recordtype::risk(), history.riskOne};
    REQUIRE(records->selectRecord(risk));
    REQUIRE(records->selectedRecord());
    CHECK(records->selectedRecord()->ref() == risk);

    bool seen = false;
    answerHoldDialog(QStringLiteral("Litigation hold: Doe v. Riverbend, notice 2026-09-10"), true,
                     &seen);
    records->placeHoldButton()->click();
    REQUIRE(seen);
    CHECK(page.banner()->text().contains(QStringLiteral("Claims sent by e-mail")));

    CHECK(statusOf(page, risk) == retentionStatusLabel(RetentionStatus::OnHold));
    CHECK(statusOf(page, RecordRef{recordtype::remediationTask(), history.doneTask}) ==
          retentionStatusLabel(RetentionStatus::OnHold));
    const int row = records->model()->rowFor(risk);
    CHECK(cellText(*records->model(), row, RetentionRecordModel::HoldColumn)
              .contains(QStringLiteral("Doe v. Riverbend")));
    LegalHoldModel* holds = page.holdsTab()->model();
    REQUIRE(holds->rowCount() == 1);
    CHECK(cellText(*holds, 0, LegalHoldModel::CoversColumn)
              .contains(QStringLiteral("Claims sent by e-mail")));
    CHECK_FALSE(page.holdsTab()->isShowingFirstRun());
    CHECK(page.tabs()->tabText(RetentionPage::Holds).contains(QStringLiteral("(1)")));

    // Disposing of everything eligible leaves the held risk and its task alone.
    records->table()->clearSelection();
    QStringList listed;
    seen = false;
    answerDisposal(true, &listed, &seen);
    records->disposeButton()->click();
    REQUIRE(seen);
    REQUIRE(listed.size() == 2);
    CHECK(listed.filter(QStringLiteral("Billing pilot BAA")).size() == 1);
    CHECK(listed.filter(QStringLiteral("|2026-03-01")).size() == 1);
    CHECK(listed.filter(QStringLiteral("Claims sent")).isEmpty());
    CHECK(fixture.program().retention().record(risk.type, risk.id));
    CHECK(page.disposalLogTab()->model()->rowCount() == 2);
    CHECK(page.disposalLogTab()->model()->rowFor(risk) < 0);

    // The register refuses a held record however it is asked.
    const Result<Disposal> direct = fixture.program().retention().dispose(risk.type, risk.id);
    REQUIRE_FALSE(direct);
    CHECK(direct.error().message.contains(QStringLiteral("legal hold")));
}

TEST_CASE("RetentionPage disposes of every eligible record and fills the disposal log",
          "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    RetentionPage page(fixture.program());
    page.show();
    RetentionRecordsTab* records = page.recordsTab();
    CHECK(records->disposeButton()->isEnabled());
    const int before = records->model()->rowCount();

    // Cancel is the default: Enter disposes of nothing.
    bool seen = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            auto* confirm = qobject_cast<DisposalConfirmDialog*>(dialog);
            CHECK(confirm);
            if (!confirm) {
                dialog->reject();
                return;
            }
            CHECK(confirm->cancelButton()->isDefault());
            CHECK_FALSE(confirm->disposeButton()->isDefault());
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &seen);
    page.disposeEligible();
    REQUIRE(seen);
    CHECK(records->model()->rowCount() == before);
    CHECK(fixture.program().retention().disposals()->empty());

    QStringList listed;
    seen = false;
    answerDisposal(true, &listed, &seen);
    records->disposeButton()->click();
    REQUIRE(seen);
    // The expired BAA, risk one with its done task, and SEC-001's superseded revision.
    CHECK(listed.size() == 4);
    CHECK(listed.filter(QStringLiteral("Claims sent by e-mail")).size() == 1);
    CHECK(listed.filter(QStringLiteral("|2026-08-31")).size() == 1);

    CHECK(page.banner()->kind() == MessageBanner::Kind::Information);
    CHECK(page.banner()->text().startsWith(QStringLiteral("Disposed of 4 record")));
    CHECK(records->model()->rowCount() == before - 4);
    CHECK(records->model()->rowFor(RecordRef{recordtype::agreement(), history.expired}) < 0);
    CHECK(records->model()->rowFor(RecordRef{recordtype::risk(), history.riskOne}) < 0);

    DisposalLogTab* log = page.disposalLogTab();
    REQUIRE(log->model()->rowCount() == 4);
    CHECK_FALSE(log->isShowingFirstRun());
    CHECK(page.tabs()->tabText(RetentionPage::Disposals).contains(QStringLiteral("(4)")));
    const int risk = log->model()->rowFor(RecordRef{recordtype::risk(), history.riskOne});
    REQUIRE(risk >= 0);
    const QModelIndex digest =
        log->proxy()->mapFromSource(log->model()->index(risk, DisposalModel::Sha256Column));
    log->table()->setCurrentIndex(digest);
    QApplication::clipboard()->clear();
    QTest::keyClick(log->table(), Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == log->model()->disposalAt(risk).contentSha256);
    QApplication::clipboard()->clear();
    CHECK(log->copyButton()->isEnabled());
    log->copyButton()->click();
    CHECK(QApplication::clipboard()->text() == log->model()->disposalAt(risk).contentSha256);
    CHECK(QApplication::clipboard()->text().size() == 64);

    // Nothing eligible remains that Palisade can dispose of.
    CHECK_FALSE(records->disposeButton()->isEnabled());
}

TEST_CASE("RetentionPage disposes of only the selected eligible records", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    RetentionPage page(fixture.program());
    page.show();
    RetentionRecordsTab* records = page.recordsTab();
    REQUIRE(records->selectRecord(RecordRef{recordtype::agreement(), history.expired}));
    CHECK(records->selectedEligible().size() == 1);
    CHECK(records->disposeButton()->text().contains(QStringLiteral("Selected")));

    QStringList listed;
    bool seen = false;
    answerDisposal(true, &listed, &seen);
    // Delete in the table asks for the same.
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    records->table()->setFocus();
    QTest::keyClick(records->table(), Qt::Key_Delete);
    REQUIRE(seen);
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().contains(QStringLiteral("Billing pilot BAA")));
    CHECK(page.disposalLogTab()->model()->rowCount() == 1);
    CHECK(fixture.program().retention().record(recordtype::risk(), history.riskOne));
    CHECK(page.banner()->text().startsWith(QStringLiteral("Disposed of 1 record")));
}

TEST_CASE("RetentionPage releases a hold with a reason", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    RetentionPage page(fixture.program());
    page.show();
    // Placed elsewhere (another window, the command line): the page follows.
    const Result<LegalHold> hold = fixture.program().retention().placeHold(
        recordtype::risk(), std::nullopt, QStringLiteral("OCR compliance review"));
    REQUIRE(hold);
    LegalHoldsTab* holds = page.holdsTab();
    REQUIRE(holds->model()->rowCount() == 1);
    CHECK(cellText(*holds->model(), 0, LegalHoldModel::CoversColumn) ==
          QStringLiteral("Every risk"));
    CHECK(statusOf(page, RecordRef{recordtype::risk(), history.riskTwo}) ==
          retentionStatusLabel(RetentionStatus::OnHold));

    page.tabs()->setCurrentIndex(RetentionPage::Holds);
    CHECK_FALSE(holds->releaseButton()->isEnabled());
    REQUIRE(holds->selectHold(hold->id));
    CHECK(holds->releaseButton()->isEnabled());

    bool seen = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            auto* release = qobject_cast<ReleaseHoldDialog*>(dialog);
            CHECK(release);
            if (!release) {
                dialog->reject();
                return;
            }
            CHECK_FALSE(release->confirmButton()->isEnabled());
            release->reasonEdit()->setPlainText(QStringLiteral("Review closed, no findings"));
            release->confirmButton()->click();
        },
        &seen);
    holds->releaseButton()->click();
    REQUIRE(seen);
    CHECK(page.banner()->text().contains(QStringLiteral("released")));
    CHECK(fixture.program().retention().holds()->empty());
    CHECK(holds->model()->rowCount() == 0);
    CHECK(holds->isShowingReleasedHint());
    CHECK(statusOf(page, RecordRef{recordtype::risk(), history.riskOne}) ==
          retentionStatusLabel(RetentionStatus::Eligible));

    holds->showReleasedCheck()->setChecked(true);
    REQUIRE(holds->model()->rowCount() == 1);
    CHECK(cellText(*holds->model(), 0, LegalHoldModel::ReleaseReasonColumn) ==
          QStringLiteral("Review closed, no findings"));
    CHECK_FALSE(holds->releaseButton()->isEnabled());
}

TEST_CASE("RetentionPage places a hold on a whole type from the Legal Holds tab", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    test::historyAsOf(fixture, QDate(2026, 9, 15));
    RetentionPage page(fixture.program());
    page.show();
    page.tabs()->setCurrentIndex(RetentionPage::Holds);
    bool seen = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            auto* hold = qobject_cast<LegalHoldDialog*>(dialog);
            CHECK(hold);
            if (!hold) {
                dialog->reject();
                return;
            }
            CHECK_FALSE(hold->thisRecordButton()->isEnabled());
            hold->typeCombo()->setCurrentIndex(
                hold->typeCombo()->findData(recordtype::agreement()));
            hold->reasonEdit()->setPlainText(QStringLiteral("OCR audit of business associates"));
            hold->confirmButton()->click();
        },
        &seen);
    page.holdsTab()
        ->firstRunPanel()
        ->findChild<QPushButton*>(QStringLiteral("firstPlaceHoldButton"))
        ->click();
    REQUIRE(seen);
    REQUIRE(page.holdsTab()->model()->rowCount() == 1);
    CHECK(cellText(*page.holdsTab()->model(), 0, LegalHoldModel::CoversColumn) ==
          QStringLiteral("Every business associate agreement"));
    // Risk one, its done task and SEC-001's superseded revision; not the BAA.
    CHECK(page.recordsTab()->model()->eligible().size() == 3);
}

TEST_CASE("RetentionPage Ctrl+F goes to the records filter", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    test::historyAsOf(fixture, QDate(2026, 9, 15));
    RetentionPage page(fixture.program());
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.tabs()->setCurrentIndex(RetentionPage::Rules);
    page.rulesTab()->table()->setFocus();
    QTest::keyClick(page.rulesTab()->table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(page.tabs()->currentIndex() == RetentionPage::Records);
    CHECK(QApplication::focusWidget() == page.recordsTab()->filterBar()->searchField());
}
