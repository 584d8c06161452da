// Renders the Evidence area and its dialogs offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "tests/support/FileDigest.h"
#include "tests/ui/evidence/EvidenceUiSamples.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "ui/evidence/EvidencePackTableModel.h"
#include "ui/evidence/EvidencePage.h"
#include "ui/evidence/ExportPackDialog.h"
#include "ui/evidence/PackInfoDialog.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/MainWindow.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskshots::save;

TEST_CASE("Screenshots of the Evidence area", "[.screenshot]")
{
    test::TemporaryProgram fixture;
    fixture.clock().set(QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC));
    EvidencePage page(fixture.program());
    page.resize(1180, 640);
    CHECK(save(page, QStringLiteral("evidence-0-empty")));

    {
        ExportPackDialog dialog(fixture.program(), &page);
        dialog.preparedForEdit()->setText(QStringLiteral("Harbor Audit Partners LLP"));
        dialog.noteEdit()->setPlainText(QStringLiteral("For the 2025 annual HIPAA review."));
        dialog.bundleBox()->setChecked(true);
        CHECK(save(dialog, QStringLiteral("evidence-1-export-dialog")));
        for (const PackSection section : allPackSections())
            dialog.sectionBox(section)->setChecked(false);
        dialog.setPeriod(QDate(2026, 6, 1), QDate(2026, 5, 31));
        CHECK(save(dialog, QStringLiteral("evidence-2-export-dialog-problems")));
    }

    fixture.clock().set(QDateTime(QDate(2026, 2, 3), QTime(15, 30), Qt::UTC));
    test::exportSamplePack(fixture, QStringLiteral("evidence-pack-2025-01-01-2025-12-31.pdf"));

    fixture.clock().set(QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC));
    PackRequest second = test::samplePackRequest(
        {PackSection::Overview, PackSection::Risks, PackSection::Baas, PackSection::Audit});
    second.from = QDate(2026, 1, 1);
    second.to = QDate(2026, 11, 24);
    second.preparedFor = QStringLiteral("Lakeside Family Clinic (client)");
    second.note.clear();
    const QString target = QDir(fixture.dir()).filePath(QStringLiteral("ytd-2026.pdf"));
    REQUIRE(page.startExport(second, target, OverwritePolicy::Refuse,
                             QDir(fixture.dir()).filePath(QStringLiteral("ytd-2026.zip"))));
    REQUIRE(page.progressDialog());
    QProgressDialog* progress = page.progressDialog();
    // The label names the page being written once the first one is done.
    const bool painting =
        QTest::qWaitFor([&] { return !page.progressDialog() || progress->value() > 0; }, 5000);
    CHECK(painting);
    // Grabbed without waiting: the run may end, and the dialog go, at any event.
    if (page.progressDialog())
        CHECK(save(progress->grab().toImage(), QStringLiteral("evidence-3-progress")));
    REQUIRE(QTest::qWaitFor([&] { return !page.isExporting(); }, 60000));
    REQUIRE(page.infoDialog());
    CHECK(save(*page.infoDialog(), QStringLiteral("evidence-4-exported")));
    page.infoDialog()->close();

    CHECK(save(page, QStringLiteral("evidence-5-two-packs")));

    page.showDetails(page.model()->rowCount() - 1);
    REQUIRE(page.infoDialog());
    CHECK(save(*page.infoDialog(), QStringLiteral("evidence-6-details")));
    page.infoDialog()->close();

    page.verifyFile(target);
    REQUIRE(page.infoDialog());
    CHECK(save(*page.infoDialog(), QStringLiteral("evidence-7-verified")));
    page.infoDialog()->close();

    page.verifyFile(QDir(fixture.dir()).filePath(QStringLiteral("ytd-2026.zip")));
    REQUIRE(page.infoDialog());
    CHECK(save(*page.infoDialog(), QStringLiteral("evidence-7-verified-bundle")));
    page.infoDialog()->close();

    const QString copy = QDir(fixture.dir()).filePath(QStringLiteral("from-the-auditor.pdf"));
    REQUIRE(QFile::copy(target, copy));
    REQUIRE(test::flipBytes(copy, 2000));
    page.verifyFile(copy);
    REQUIRE(page.infoDialog());
    CHECK(save(*page.infoDialog(), QStringLiteral("evidence-8-not-verified")));
    page.infoDialog()->close();

    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    window.resize(1280, 800);
    window.showArea(7);
    CHECK(save(window, QStringLiteral("evidence-9-main-window")));
}
