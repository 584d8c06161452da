#include "ui/risk/RiskPage.h"

#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/risk/RiskTableSamples.h"
#include "ui/risk/RiskDetailPanel.h"
#include "ui/risk/RiskFilterBar.h"
#include "ui/risk/RiskFilterProxyModel.h"
#include "ui/risk/RiskHeatMapWidget.h"
#include "ui/risk/RiskTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskpage::addRisk;
using palisade::test::riskpage::sampleRisk;
using enum RiskLevel;

namespace {

const QString dana = QStringLiteral("Dana Whitfield");
const QString sam = QStringLiteral("Sam Ortiz");

void showPage(RiskPage& page)
{
    page.resize(1100, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
}

} // namespace

TEST_CASE("RiskPage tells a new user what to do first, until there is a risk", "[risk]")
{
    test::TemporaryProgram fixture;
    RiskPage page(fixture.program());
    showPage(page);

    CHECK(page.isEmptyStateVisible());
    auto* add = page.findChild<QPushButton*>(QStringLiteral("emptyAddRisk"));
    auto* import = page.findChild<QPushButton*>(QStringLiteral("emptyImport"));
    REQUIRE(add);
    REQUIRE(import);
    CHECK(add->isVisible());
    CHECK(add->isEnabled());
    CHECK(import->isVisible());
    auto* explanation = page.findChild<QLabel*>(QStringLiteral("emptyExplanation"));
    REQUIRE(explanation);
    CHECK(explanation->text().contains(QStringLiteral("risk analysis")));
    CHECK_FALSE(page.table()->isVisible());

    addRisk(fixture.program().risks(),
            sampleRisk(QStringLiteral("Ransomware on the billing server"), dana, High, VeryHigh));
    CHECK_FALSE(page.isEmptyStateVisible());
    CHECK(page.table()->isVisible());
    CHECK_FALSE(add->isVisible());
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.filterBar()->countText() == QStringLiteral("1 risk(s)"));
}

TEST_CASE("RiskPage filters as the user types and picks, and counts what it shows", "[risk]")
{
    test::TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();
    const QDate today = fixture.clock().today();
    addRisk(risks,
            sampleRisk(QStringLiteral("Lost laptop"), dana, High, VeryHigh, today.addDays(-4)));
    addRisk(risks, sampleRisk(QStringLiteral("Phishing of coders"), sam, VeryHigh, Moderate));
    addRisk(risks, sampleRisk(QStringLiteral("Fax misdirection"), sam, Moderate, Low));
    RiskPage page(fixture.program());
    showPage(page);
    CHECK(page.filterBar()->countText() == QStringLiteral("3 risk(s)"));

    page.table()->setFocus();
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    QLineEdit* search = page.filterBar()->searchField();
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("PHISH"));
    CHECK(page.proxy()->rowCount() == 1);
    CHECK(page.filterBar()->countText() == QStringLiteral("1 of 3 risk(s)"));

    search->clear();
    page.filterBar()->overdueCheck()->click();
    REQUIRE(page.proxy()->rowCount() == 1);
    CHECK(page.proxy()->index(0, RiskTableModel::TitleColumn).data().toString() ==
          QStringLiteral("Lost laptop"));

    search->setText(QStringLiteral("fax"));
    CHECK(page.proxy()->rowCount() == 0);
    auto* clear = page.findChild<QPushButton*>(QStringLiteral("noMatchClearFilters"));
    REQUIRE(clear);
    CHECK(clear->isVisible());
    clear->click();
    CHECK(page.proxy()->rowCount() == 3);
    CHECK_FALSE(page.filterBar()->overdueOnly());
}

TEST_CASE("RiskPage narrows the table to a heat-map cell and back", "[risk]")
{
    test::TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();
    addRisk(risks, sampleRisk(QStringLiteral("Lost laptop"), dana, High, VeryHigh));
    addRisk(risks, sampleRisk(QStringLiteral("Unpatched PM server"), sam, High, VeryHigh));
    addRisk(risks, sampleRisk(QStringLiteral("Fax misdirection"), sam, Moderate, Low));
    RiskPage page(fixture.program());
    showPage(page);

    RiskHeatMapWidget* map = page.heatMap();
    const QRect cell = map->cellRect(false, High, VeryHigh);
    REQUIRE_FALSE(cell.isEmpty());
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, cell.center());
    CHECK(page.proxy()->rowCount() == 2);
    CHECK(page.filterBar()->hasHeatMapCell());
    CHECK(page.filterBar()->countText() == QStringLiteral("2 of 3 risk(s)"));

    QToolButton* chipClear = page.filterBar()->heatMapCellClearButton();
    REQUIRE(chipClear->isVisible());
    chipClear->click();
    CHECK(page.proxy()->rowCount() == 3);
    CHECK_FALSE(page.filterBar()->hasHeatMapCell());
    CHECK_FALSE(map->hasSelection());
}

TEST_CASE("RiskPage shows the selected risk in full with its tasks", "[risk]")
{
    test::TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();
    Risk phishing = sampleRisk(QStringLiteral("Phishing of coders"), sam, VeryHigh, Moderate);
    phishing.description = QStringLiteral("Coders receive convincing payer look-alike emails");
    phishing.vulnerability = QStringLiteral("No multi-factor authentication on webmail");
    phishing = addRisk(risks, phishing);
    RemediationTask task;
    task.riskId = phishing.id;
    task.title = QStringLiteral("Turn on MFA for webmail");
    task.owner = sam;
    task.dueOn = QDate(2026, 2, 20);
    REQUIRE(risks.addTask(task).ok());
    RiskPage page(fixture.program());
    showPage(page);

    CHECK_FALSE(page.detail()->hasRisk());
    CHECK_FALSE(page.editButton()->isEnabled());
    REQUIRE(page.selectRisk(phishing.id));
    CHECK(page.currentRiskId() == phishing.id);
    CHECK(page.detail()->riskId() == phishing.id);
    const QString details = page.detail()->detailsText();
    CHECK(details.contains(phishing.description));
    CHECK(details.contains(phishing.vulnerability));
    CHECK(details.contains(QStringLiteral("1 remediation task(s) overdue")));
    CHECK(page.detail()->taskCount() == 1);
    CHECK(page.editButton()->isEnabled());
}

TEST_CASE("RiskPage shows the register as it stood on a past day, read-only", "[risk]")
{
    test::TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();
    const QDate firstDay = fixture.clock().today();
    Risk laptop = addRisk(risks, sampleRisk(QStringLiteral("Lost laptop"), dana, High, VeryHigh));
    fixture.clock().advanceDays(3);
    laptop.title = QStringLiteral("Stolen laptop with unencrypted claims");
    REQUIRE(risks.update(laptop).ok());
    addRisk(risks, sampleRisk(QStringLiteral("Fax misdirection"), sam, Moderate, Low));
    RiskPage page(fixture.program());
    showPage(page);
    REQUIRE(page.model()->rowCount() == 2);
    CHECK_FALSE(page.isReadOnly());
    CHECK(page.newRiskAction()->isEnabled());

    REQUIRE(page.showAsOf(firstDay));
    CHECK(page.isShowingAsOf());
    CHECK(page.isReadOnly());
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, RiskTableModel::TitleColumn).data().toString() ==
          QStringLiteral("Lost laptop"));
    CHECK(page.asOfBannerText().contains(QStringLiteral("read-only")));
    CHECK(page.asOfBannerText().contains(QStringLiteral("2026")));
    CHECK_FALSE(page.newRiskAction()->isEnabled());
    CHECK_FALSE(page.matrixButton()->isEnabled());
    REQUIRE(page.selectRisk(laptop.id));
    // The risk can still be opened, read-only.
    CHECK(page.editButton()->isEnabled());
    CHECK(page.editButton()->text().contains(QStringLiteral("View")));
    CHECK_FALSE(page.isEmptyStateVisible());

    // A change made now does not reach the past view.
    addRisk(risks, sampleRisk(QStringLiteral("Ex-employee access"), sam, Moderate, High));
    CHECK(page.model()->rowCount() == 1);

    page.showCurrent();
    CHECK_FALSE(page.isShowingAsOf());
    CHECK(page.asOfBannerText().isEmpty());
    CHECK(page.model()->rowCount() == 3);
    CHECK(page.currentRiskId() == laptop.id);
    CHECK(page.newRiskAction()->isEnabled());
}

// Renders the page offscreen for visual review:
//   PALISADE_SCREENSHOT_DIR=/tmp/shots palisade_ui_tests "Screenshots of the risk page"
namespace {

QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("PALISADE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name + QStringLiteral(".png"));
}

bool saveShot(QWidget& widget, const QString& name)
{
    QTest::qWait(50);
    return widget.grab().save(screenshotPath(name));
}

struct SampleTask
{
    const char* title;
    const char* owner;
    QDate due;
    TaskStatus status;
};

struct SampleRisk
{
    const char* title;
    const char* owner;
    RiskLevel likelihood;
    RiskLevel impact;
    QDate identified;
    QDate due;
    std::optional<RiskRating> residual;
    RiskTreatment treatment;
    RiskStatus status;
    const char* description;
    const char* vulnerability;
    std::vector<SampleTask> tasks;
};

// A 40-person medical billing company's first risk analysis, two months in.
// The risks are entered over the first two weeks of March, a few a day.
void fillBillingCompanyRegister(RiskRegister& risks, test::FixedClock& clock)
{
    const QString dana = QStringLiteral("Dana Whitfield");
    using enum RiskTreatment;
    using enum RiskStatus;
    using enum TaskStatus;
    const std::vector<SampleRisk> samples = {
        {"Lost laptop with unencrypted claim exports",
         "Dana Whitfield",
         High,
         VeryHigh,
         {2026, 1, 6},
         {2026, 2, 20},
         RiskRating{Low, High},
         Mitigate,
         InRemediation,
         "Coders export 835/837 batches to the desktop; a laptop left in a car would expose "
         "thousands of claims.",
         "No full-disk encryption on coder laptops",
         {{"Enable BitLocker on all 14 coder laptops", "Sam Ortiz", {2026, 2, 15}, Open},
          {"Block CSV exports to local disk", "Sam Ortiz", {2026, 3, 20}, InProgress}}},
        {"Phishing of medical coders",
         "Sam Ortiz",
         VeryHigh,
         Moderate,
         {2026, 1, 6},
         {2026, 4, 30},
         RiskRating{Moderate, Moderate},
         Mitigate,
         InRemediation,
         "Look-alike payer emails ask coders to log in to a fake portal.",
         "Webmail without multi-factor authentication",
         {{"Turn on MFA for webmail", "Sam Ortiz", {2026, 2, 1}, Done},
          {"Quarterly phishing drill", "Dana Whitfield", {2026, 4, 15}, Open}}},
        {"Clearinghouse SFTP credentials in a shared script",
         "Priya Nair",
         Moderate,
         VeryHigh,
         {2026, 1, 9},
         {2026, 3, 31},
         std::nullopt,
         Mitigate,
         InRemediation,
         "The nightly upload script holds the clearinghouse password in plain text on a shared "
         "drive.",
         "Secrets stored in scripts",
         {{"Move the key to the vault", "Priya Nair", {2026, 3, 31}, Open}}},
        {"Fax misdirection of EOBs",
         "Maria Gonzales",
         High,
         Moderate,
         {2026, 1, 12},
         {2026, 5, 1},
         std::nullopt,
         Undecided,
         Identified,
         "Explanations of benefits are faxed to a mistyped number.",
         "Manual dialling",
         {}},
        {"Ex-employee access to the PM system",
         "Priya Nair",
         Moderate,
         High,
         {2026, 1, 12},
         {2026, 2, 27},
         std::nullopt,
         Undecided,
         Identified,
         "Two coders who left in December could still sign in to the practice management system.",
         "No termination checklist for system accounts",
         {}},
        {"Ransomware on the practice management server",
         "Sam Ortiz",
         Moderate,
         VeryHigh,
         {2026, 1, 14},
         {2026, 6, 30},
         RiskRating{Low, High},
         Mitigate,
         InRemediation,
         "Encrypted server halts billing for every client practice.",
         "Backups on the same network share",
         {{"Offline, immutable backup copy", "Sam Ortiz", {2026, 4, 30}, InProgress}}},
        {"Unpatched practice management server",
         "Sam Ortiz",
         High,
         High,
         {2026, 1, 14},
         {2026, 3, 15},
         std::nullopt,
         Mitigate,
         InRemediation,
         "Windows Server 2016 is three months behind on security updates.",
         "No patch window agreed with clients",
         {{"Agree a monthly patch window", "Tom Becker", {2026, 2, 10}, Open}}},
        {"Paper superbills left at the front desk",
         "Maria Gonzales",
         Moderate,
         Low,
         {2026, 1, 19},
         {2026, 5, 15},
         std::nullopt,
         Undecided,
         Identified,
         "Superbills wait in an open tray visible to couriers.",
         "No locked intake tray",
         {}},
        {"Coders on personal computers at home",
         "Dana Whitfield",
         High,
         High,
         {2026, 1, 19},
         {2026, 6, 1},
         std::nullopt,
         Undecided,
         Identified,
         "Remote coders use family computers to reach the coding portal.",
         "No managed-device requirement",
         {}},
        {"Unencrypted email to payers",
         "Tom Becker",
         Moderate,
         High,
         {2026, 1, 20},
         {2026, 4, 1},
         std::nullopt,
         Undecided,
         Identified,
         "Appeals with medical records go out as plain attachments.",
         "No secure-mail gateway",
         {}},
        {"Offshore coding vendor breach",
         "Tom Becker",
         Low,
         VeryHigh,
         {2026, 1, 21},
         {2026, 9, 30},
         RiskRating{Low, High},
         Transfer,
         InRemediation,
         "A subcontracted coding team abroad holds full charts.",
         "BAA lacks breach-notification deadlines",
         {{"Renegotiate the BAA", "Tom Becker", {2026, 5, 31}, Open}}},
        {"Scanned claims kept on the copier's disk",
         "Maria Gonzales",
         Low,
         Moderate,
         {2026, 1, 22},
         {2026, 7, 1},
         std::nullopt,
         Undecided,
         Identified,
         "The leased copier keeps every scanned page until it is returned.",
         "No disk wipe on lease return",
         {}},
        {"Shared login on a payer portal",
         "Priya Nair",
         High,
         Moderate,
         {2026, 1, 23},
         {2026, 3, 10},
         std::nullopt,
         Undecided,
         Identified,
         "Six billers share one portal account, so no action can be traced to a person.",
         "Payer allows one account per office",
         {}},
        {"Cloud share exposes remittance files",
         "Sam Ortiz",
         Low,
         High,
         {2026, 1, 26},
         {2026, 3, 31},
         std::nullopt,
         Undecided,
         Identified,
         "A folder of remittance PDFs was shared by public link.",
         "No link-sharing policy",
         {}},
        {"Insider snooping on patient accounts",
         "Dana Whitfield",
         Low,
         High,
         {2026, 1, 27},
         {},
         std::nullopt,
         Undecided,
         Identified,
         "Staff can open any patient's billing history without a reason.",
         "Audit logs are not reviewed",
         {}},
        {"Stolen phone with email access",
         "Sam Ortiz",
         Moderate,
         Moderate,
         {2026, 1, 28},
         {2026, 5, 30},
         std::nullopt,
         Undecided,
         Identified,
         "Managers read claim emails on their own phones.",
         "No mobile device management",
         {}},
        {"Weak VPN passwords",
         "Sam Ortiz",
         Moderate,
         High,
         {2026, 2, 2},
         {2026, 4, 15},
         std::nullopt,
         Undecided,
         Identified,
         "VPN accepts eight-character passwords.",
         "No MFA on the VPN",
         {}},
        {"No tested contingency plan",
         "Tom Becker",
         Low,
         High,
         {2026, 2, 3},
         {2026, 8, 31},
         std::nullopt,
         Undecided,
         Identified,
         "Nobody has tried restoring billing operations from backup.",
         "Plan written but never exercised",
         {}},
        {"Water damage to the server closet",
         "Tom Becker",
         VeryLow,
         High,
         {2026, 2, 4},
         {},
         std::nullopt,
         Undecided,
         Identified,
         "The closet sits under the kitchen.",
         "No leak sensor",
         {}},
        {"Misprinted patient statements",
         "Maria Gonzales",
         Low,
         Moderate,
         {2026, 2, 5},
         {2026, 6, 30},
         std::nullopt,
         Undecided,
         Identified,
         "A mail-merge error sends one patient's statement to another.",
         "No second check before mailing",
         {}},
        {"Default password on the office Wi-Fi router",
         "Sam Ortiz",
         Moderate,
         Moderate,
         {2026, 2, 9},
         {2026, 3, 5},
         std::nullopt,
         Undecided,
         Identified,
         "The guest and staff networks share a router with its factory password.",
         "Router never configured",
         {}},
        {"Charts exchanged through a personal Dropbox",
         "Priya Nair",
         Moderate,
         High,
         {2026, 2, 10},
         {2026, 3, 31},
         std::nullopt,
         Undecided,
         Identified,
         "A small clinic client sends charts to a biller's personal Dropbox.",
         "No approved file-transfer method for small clients",
         {}},
        {"Backup tapes stored unencrypted off site",
         "Sam Ortiz",
         Moderate,
         High,
         {2025, 11, 3},
         {2026, 1, 31},
         RiskRating{VeryLow, High},
         Mitigate,
         Closed,
         "Weekly tapes travel to a storage unit in a staff member's car.",
         "Tapes were not encrypted",
         {{"Encrypt backup tapes", "Sam Ortiz", {2026, 1, 15}, Done}}},
    };
    int entered = 0;
    for (const SampleRisk& sample : samples) {
        if (entered++ % 2 == 1)
            clock.advanceDays(1);
        Risk risk;
        risk.title = QString::fromUtf8(sample.title);
        risk.owner = QString::fromUtf8(sample.owner);
        risk.inherent = RiskRating{sample.likelihood, sample.impact};
        risk.identifiedOn = sample.identified;
        risk.dueOn = sample.due;
        risk.residual = sample.residual;
        risk.treatment = sample.treatment;
        if (sample.treatment != Undecided)
            risk.treatmentPlan = QStringLiteral("See the remediation tasks.");
        risk.description = QString::fromUtf8(sample.description);
        risk.vulnerability = QString::fromUtf8(sample.vulnerability);
        risk.threatSource = QStringLiteral("External or internal actor");
        // Closing needs the tasks done first; the risk is stored open, then closed.
        risk.status = sample.status == Closed ? InRemediation : sample.status;
        Risk stored = addRisk(risks, risk);
        for (const SampleTask& sampleTask : sample.tasks) {
            RemediationTask task;
            task.riskId = stored.id;
            task.title = QString::fromUtf8(sampleTask.title);
            task.owner = QString::fromUtf8(sampleTask.owner);
            task.dueOn = sampleTask.due;
            task.status = sampleTask.status;
            if (task.status == Done)
                task.completedOn = sampleTask.due;
            const Result<RemediationTask> added = risks.addTask(task);
            REQUIRE(added.ok());
        }
        if (sample.status == Closed) {
            stored.status = Closed;
            REQUIRE(risks.update(stored).ok());
        }
    }

    Risk accepted;
    accepted.title = QStringLiteral("Power outage during the month-end billing run");
    accepted.owner = QStringLiteral("Tom Becker");
    accepted.inherent = RiskRating{Low, Moderate};
    accepted.residual = RiskRating{Low, Moderate};
    accepted.identifiedOn = QDate(2026, 1, 15);
    accepted.treatment = Accept;
    accepted.status = Accepted;
    accepted.acceptance = {dana, QDate(2026, 2, 1),
                           QStringLiteral("The building has a generator; claims can be resent "
                                          "the next day."),
                           QDate(2027, 2, 1)};
    addRisk(risks, accepted);

    Risk lapsed;
    lapsed.title = QStringLiteral("Dictation software without audit logging");
    lapsed.owner = QStringLiteral("Priya Nair");
    lapsed.inherent = RiskRating{Low, High};
    lapsed.residual = RiskRating{Low, Moderate};
    lapsed.identifiedOn = QDate(2025, 1, 20);
    lapsed.lastAssessedOn = QDate(2025, 1, 20);
    lapsed.nextReassessmentOn = QDate(2026, 1, 20);
    lapsed.treatment = Accept;
    lapsed.status = Accepted;
    lapsed.acceptance = {dana, QDate(2025, 2, 1),
                         QStringLiteral("Vendor promised logging in the next release."),
                         QDate(2026, 2, 1)};
    addRisk(risks, lapsed);
}

} // namespace

TEST_CASE("Screenshots of the risk page", "[.screenshot]")
{
    {
        test::TemporaryProgram fixture;
        RiskPage empty(fixture.program());
        empty.resize(1280, 800);
        empty.show();
        REQUIRE(QTest::qWaitForWindowExposed(&empty));
        CHECK(saveShot(empty, QStringLiteral("risk-page-1-empty")));
    }

    test::TemporaryProgram fixture;
    fillBillingCompanyRegister(fixture.program().risks(), fixture.clock());
    fixture.clock().set(QDateTime(QDate(2026, 3, 24), QTime(9, 0), Qt::UTC));
    RiskPage page(fixture.program());
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.model()->rowCount() == 25);
    REQUIRE(page.selectRisk(1));
    CHECK(saveShot(page, QStringLiteral("risk-page-2-register")));

    page.detail()->tabs()->setCurrentIndex(1);
    const QRect cell = page.heatMap()->cellRect(false, Moderate, High);
    QTest::mouseClick(page.heatMap(), Qt::LeftButton, Qt::NoModifier, cell.center());
    CHECK(page.filterBar()->hasHeatMapCell());
    CHECK(saveShot(page, QStringLiteral("risk-page-3-heat-map-cell")));
    page.filterBar()->clear();
    page.detail()->tabs()->setCurrentIndex(0);

    page.filterBar()->setText(QStringLiteral("zebra"));
    CHECK(saveShot(page, QStringLiteral("risk-page-4-no-match")));
    page.filterBar()->clear();

    REQUIRE(page.showAsOf(QDate(2026, 3, 6)));
    CHECK(saveShot(page, QStringLiteral("risk-page-5-as-of")));
    page.showCurrent();

    // A dark palette, as on a desktop with a dark theme.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    page.reload();
    REQUIRE(page.selectRisk(1));
    CHECK(saveShot(page, QStringLiteral("risk-page-6-dark")));
    QApplication::setPalette(light);
}
