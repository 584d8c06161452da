#include "ui/evidence/EvidencePage.h"

#include "core/audit/AuditQuery.h"
#include "core/audit/AuditTrail.h"
#include "core/evidence/EvidenceEntities.h"
#include "tests/core/evidence/PackBundleTesting.h"
#include "tests/support/FileDigest.h"
#include "tests/ui/evidence/EvidenceUiSamples.h"
#include "ui/evidence/EvidencePackTableModel.h"
#include "ui/evidence/PackExportRun.h"
#include "ui/evidence/PackInfoDialog.h"
#include "ui/evidence/PackViewerDialog.h"
#include "ui/pdf/PdfViewerWidget.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

bool waitForExport(EvidencePage& page)
{
    return QTest::qWaitFor([&] { return !page.isExporting(); }, 60000);
}

QString path(test::TemporaryProgram& fixture, const QString& name)
{
    return QDir(fixture.dir()).filePath(name);
}

} // namespace

TEST_CASE("EvidencePage says what a pack is before the first export", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    EvidencePage page(fixture.program());
    CHECK(page.isShowingFirstRun());
    CHECK(page.firstRunPanel()->text().contains(QStringLiteral("Export Evidence Pack")));
    CHECK(page.firstRunPanel()->text().contains(QStringLiteral("SHA-256")));
    CHECK(page.exportButton()->isEnabled());
    CHECK(page.verifyButton()->isEnabled());
    CHECK(page.detailsButton()->isHidden());

    // Packs exported elsewhere (the command line) show as soon as they are recorded.
    const EvidencePack pack = test::exportSamplePack(fixture, QStringLiteral("cli.pdf"));
    CHECK_FALSE(page.isShowingFirstRun());
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->packAt(0).packId == pack.packId);
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("Packs exported: 1")));
}

TEST_CASE("EvidencePage exports a pack with a progress dialog and shows where it is",
          "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    EvidencePage page(program);
    page.resize(1000, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QString target = path(fixture, QStringLiteral("evidence-pack.pdf"));

    REQUIRE(page.startExport(test::samplePackRequest(), target, OverwritePolicy::Refuse));
    CHECK(page.isExporting());
    REQUIRE(page.progressDialog());
    CHECK(page.progressDialog()->isVisible());
    CHECK(page.progressDialog()->windowModality() == Qt::WindowModal);
    CHECK_FALSE(page.exportButton()->isEnabled());
    REQUIRE(waitForExport(page));

    CHECK_FALSE(page.progressDialog());
    REQUIRE(page.exportRun()->state() == PackExportRun::State::Exported);
    const EvidencePack pack = *page.exportRun()->pack();
    CHECK(QFileInfo::exists(target));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->packAt(0).packId == pack.packId);
    CHECK(page.table()->selectionModel()->currentIndex().row() == 0);
    CHECK(page.banner()->text().contains(pack.packId));
    CHECK(page.exportButton()->isEnabled());

    AuditQuery query;
    query.entity = evidenceentity::pack();
    query.recordId = pack.packId;
    Result<std::vector<AuditEvent>> events = program.auditTrail().events(query);
    REQUIRE(events.ok());
    CHECK(events->size() == 1);

    PackInfoDialog* done = page.infoDialog();
    REQUIRE(done);
    CHECK(done->objectName() == QStringLiteral("packExportedDialog"));
    CHECK(done->tone() == PackInfoDialog::Tone::Success);
    CHECK(done->fact(QStringLiteral("SHA-256:")) == pack.sha256);
    CHECK(done->fact(QStringLiteral("Pages:")) == QString::number(pack.pageCount));
    CHECK(done->fact(QStringLiteral("File:")) == QDir::toNativeSeparators(target));
    CHECK(done->openButton()->isVisibleTo(done));
    CHECK(done->showInFolderButton()->isVisibleTo(done));

    // Open shows the pack inside the program.
    done->openButton()->click();
    PackViewerDialog* viewer = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* candidate = qobject_cast<PackViewerDialog*>(widget))
            viewer = candidate;
    }
    REQUIRE(viewer);
    CHECK(viewer->viewer()->pageCount() == pack.pageCount);
    delete viewer;
    done->close();
}

TEST_CASE("EvidencePage says plainly that a cancelled export wrote nothing", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    EvidencePage page(fixture.program());
    const QString target = path(fixture, QStringLiteral("evidence-pack.pdf"));

    REQUIRE(page.startExport(test::samplePackRequest(), target, OverwritePolicy::Refuse));
    REQUIRE(page.progressDialog());
    auto* cancel = page.progressDialog()->findChild<QPushButton*>();
    REQUIRE(cancel);
    CHECK(cancel->text() == QStringLiteral("Cancel"));
    cancel->click();
    REQUIRE(waitForExport(page));
    CHECK(page.exportRun()->state() == PackExportRun::State::Cancelled);
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.isShowingFirstRun());
    CHECK(page.banner()->text().contains(QStringLiteral("cancelled. No file was written")));
    CHECK_FALSE(page.infoDialog());

    // A refusal is said at once, without a progress dialog.
    {
        QFile existing(target);
        REQUIRE(existing.open(QIODevice::WriteOnly));
    }
    CHECK_FALSE(page.startExport(test::samplePackRequest(), target, OverwritePolicy::Refuse));
    CHECK_FALSE(page.progressDialog());
    CHECK(page.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(page.banner()->text().contains(QStringLiteral("No file was written")));
}

TEST_CASE("EvidencePage shows a pack's details and finds its file", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    EvidencePage page(fixture.program());
    const QString target = path(fixture, QStringLiteral("evidence-pack.pdf"));
    REQUIRE(page.startExport(test::samplePackRequest(), target, OverwritePolicy::Refuse));
    REQUIRE(waitForExport(page));
    REQUIRE(page.model()->rowCount() == 1);
    const EvidencePack pack = page.model()->packAt(0);
    delete page.infoDialog();

    page.table()->setFocus();
    page.table()->selectRow(0);
    QTest::keyClick(page.table(), Qt::Key_Return);
    PackInfoDialog* details = page.infoDialog();
    REQUIRE(details);
    CHECK(details->objectName() == QStringLiteral("packDetailsDialog"));
    CHECK(details->headline().contains(pack.packId));
    CHECK(details->fact(QStringLiteral("Period:")) == QStringLiteral("2025-01-01 to 2025-12-31"));
    CHECK(details->fact(QStringLiteral("Note:")) ==
          QStringLiteral("For the 2025 annual HIPAA review."));
    CHECK(details->fact(QStringLiteral("SHA-256:")) == pack.sha256);
    CHECK(details->fact(QStringLiteral("Path:")) == QDir::toNativeSeparators(target));
    CHECK(details->openButton()->isVisibleTo(details));
    details->close();
    QApplication::processEvents();

    // A changed file is not the pack any more.
    REQUIRE(test::flipBytes(target, 300));
    page.showDetails(0);
    details = page.infoDialog();
    REQUIRE(details);
    CHECK(details->fact(QStringLiteral("Path:")).isEmpty());
    CHECK_FALSE(details->openButton()->isVisibleTo(details));
    CHECK(details->filePath().isEmpty());

    // Found by name and hash in the folders searched, though not used in this session.
    EvidencePage other(fixture.program());
    other.setSearchFolders({fixture.dir()});
    const EvidencePack second = test::exportSamplePack(fixture, QStringLiteral("second.pdf"));
    const int row = other.model()->rowForPackId(second.packId);
    REQUIRE(row >= 0);
    other.showDetails(row);
    REQUIRE(other.infoDialog());
    CHECK(other.infoDialog()->filePath() ==
          QFileInfo(path(fixture, QStringLiteral("second.pdf"))).absoluteFilePath());
}

TEST_CASE("EvidencePage verifies a PDF and says when it is not a pack", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    const EvidencePack pack = test::exportSamplePack(fixture, QStringLiteral("pack.pdf"));
    EvidencePage page(fixture.program());
    const QString original = path(fixture, QStringLiteral("pack.pdf"));

    page.verifyFile(original);
    PackInfoDialog* result = page.infoDialog();
    REQUIRE(result);
    CHECK(result->objectName() == QStringLiteral("packVerifyDialog"));
    CHECK(result->tone() == PackInfoDialog::Tone::Success);
    CHECK(result->headline().contains(pack.packId));
    CHECK(result->fact(QStringLiteral("Pack ID:")) == pack.packId);
    CHECK(result->openButton()->isVisibleTo(result));
    CHECK(page.table()->selectionModel()->currentIndex().isValid());

    const QString copy = path(fixture, QStringLiteral("copy.pdf"));
    REQUIRE(QFile::copy(original, copy));
    REQUIRE(test::flipBytes(copy, 1000));
    page.verifyFile(copy);
    result = page.infoDialog();
    REQUIRE(result);
    CHECK(result->tone() == PackInfoDialog::Tone::Warning);
    CHECK(result->headline().contains(QStringLiteral("was not exported from this program file")));
    CHECK_FALSE(result->headline().contains(pack.packId));
    CHECK_FALSE(result->openButton()->isVisibleTo(result));
    CHECK(result->fact(QStringLiteral("SHA-256:")) ==
          QString::fromLatin1(test::fileDigest(copy).toHex()));
}

TEST_CASE("EvidencePage verifies a bundle and names the first thing that does not match",
          "[ui][evidence][bundle]")
{
    test::TemporaryProgram fixture;
    EvidencePage page(fixture.program());
    const QString pdf = path(fixture, QStringLiteral("annual.pdf"));
    const QString zip = path(fixture, QStringLiteral("annual.zip"));
    REQUIRE(page.startExport(test::samplePackRequest(), pdf, OverwritePolicy::Refuse, zip));
    REQUIRE(QTest::qWaitFor([&] { return !page.isExporting(); }, 60000));
    REQUIRE(QFileInfo::exists(zip));
    REQUIRE(page.infoDialog());
    CHECK_FALSE(page.infoDialog()->fact(QStringLiteral("Bundle SHA-256:")).isEmpty());
    page.infoDialog()->close();

    page.verifyFile(zip);
    PackInfoDialog* result = page.infoDialog();
    REQUIRE(result);
    CHECK(result->tone() == PackInfoDialog::Tone::Success);
    CHECK(result->headline().contains(QStringLiteral("bundle of evidence pack")));
    CHECK(result->fact(QStringLiteral("Bundle SHA-256:")) ==
          QString::fromLatin1(test::fileDigest(zip).toHex()));
    CHECK(result->fact(QStringLiteral("Files checked:")).toInt() >= 1);
    CHECK(result->text().contains(QStringLiteral("byte for byte")));
    result->close();

    // The PDF's record still finds the PDF, not the zip.
    page.showDetails(0);
    REQUIRE(page.infoDialog());
    CHECK(page.infoDialog()->filePath() == QFileInfo(pdf).absoluteFilePath());
    page.infoDialog()->close();

    // One byte of the PDF inside changed, the zip rewritten as any tool would.
    const QString copy = path(fixture, QStringLiteral("altered.zip"));
    REQUIRE(QFile::copy(zip, copy));
    REQUIRE(test::changeZipEntry(copy, QStringLiteral("annual.pdf"), [](QByteArray& bytes) {
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    }));
    page.verifyFile(copy);
    result = page.infoDialog();
    REQUIRE(result);
    CHECK(result->tone() == PackInfoDialog::Tone::Warning);
    CHECK(result->headline().contains(QStringLiteral("Not verified")));
    CHECK(result->text().contains(QStringLiteral("annual.pdf")));
    CHECK_FALSE(result->openButton()->isVisibleTo(result));
}
