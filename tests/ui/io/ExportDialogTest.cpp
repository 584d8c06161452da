#include "ui/io/ExportDialog.h"

#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/assets/AssetSamples.h"
#include "tests/ui/assets/ModalDriver.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::TemporaryProgram;

namespace {

bool runExport(ExportDialog& dialog)
{
    if (!dialog.startExport())
        return false;
    return QTest::qWaitFor([&] { return !dialog.isRunning(); }, 20000);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void addInventory(Program& program)
{
    test::addAsset(program,
                   test::sampleAsset(QStringLiteral("Practice-management system"),
                                     AssetKind::Application, QStringLiteral("Billing manager"),
                                     {{QStringLiteral("Clinics"), QStringLiteral("PM system"),
                                       QStringLiteral("SFTP"), true}}));
    test::addAsset(program, test::sampleAsset(QStringLiteral("Backup NAS"), AssetKind::Server,
                                              QStringLiteral("IT contractor")));
}

} // namespace

TEST_CASE("ExportDialog writes the asset inventory as CSV and XLSX", "[ui][io][export]")
{
    TemporaryProgram fixture;
    addInventory(fixture.program());
    ExportDialog dialog(fixture.program(), DataSubject::Assets);
    CHECK(dialog.suggestedFileName() ==
          QStringLiteral("Riverbend-Coding-Services-asset-inventory-2026-03-01.csv"));
    CHECK_FALSE(dialog.asOfBox()->isVisibleTo(&dialog));

    const QString csv = QDir(fixture.dir()).filePath(QStringLiteral("inventory.csv"));
    dialog.setFilePath(csv);
    REQUIRE(runExport(dialog));
    CHECK(dialog.succeeded());
    CHECK(dialog.resultText().contains(QStringLiteral("Exported 2 asset")));
    CHECK(dialog.showInFolderButton()->isVisibleTo(&dialog));
    const QByteArray written = contents(csv);
    // Spreadsheets need the byte-order mark to read the file as UTF-8.
    CHECK(written.startsWith("\xEF\xBB\xBFname,kind"));
    CHECK(written.contains("Backup NAS"));
    CHECK(written.contains("Clinics > PM system"));

    dialog.setFormat(ExportDialog::Format::Xlsx);
    // The extension follows the format.
    CHECK(dialog.filePath().endsWith(QStringLiteral("inventory.xlsx")));
    REQUIRE(runExport(dialog));
    CHECK(dialog.succeeded());
    CHECK(contents(dialog.filePath()).startsWith("PK"));
}

TEST_CASE("ExportDialog asks before replacing a file", "[ui][io][export]")
{
    TemporaryProgram fixture;
    addInventory(fixture.program());
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("inventory.csv"));
    {
        QFile existing(path);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("keep me\n");
    }
    ExportDialog dialog(fixture.program(), DataSubject::Assets);
    dialog.setFilePath(path);

    bool asked = false;
    test::answerMessageBox(QMessageBox::Cancel, &asked);
    CHECK_FALSE(dialog.startExport());
    CHECK(asked);
    CHECK(contents(path) == "keep me\n");

    asked = false;
    test::answerMessageBox(QMessageBox::Yes, &asked);
    REQUIRE(runExport(dialog));
    CHECK(asked);
    CHECK(dialog.succeeded());
    CHECK(contents(path).startsWith("\xEF\xBB\xBFname,kind"));
}

TEST_CASE("ExportDialog writes the risk register as of a past day and reports failures",
          "[ui][io][export]")
{
    TemporaryProgram fixture;
    addInventory(fixture.program());
    test::addRiskNaming(fixture.program(), fixture.program().assets().assets()->front().id);

    ExportDialog dialog(fixture.program(), DataSubject::Risks);
    CHECK(dialog.asOfBox()->isVisibleTo(&dialog));
    CHECK(dialog.suggestedFileName().contains(QStringLiteral("risk-register")));
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("register.csv"));
    dialog.setFilePath(path);
    dialog.setAsOf(QDate(2026, 3, 1));
    REQUIRE(runExport(dialog));
    CHECK(dialog.succeeded());
    CHECK(dialog.resultText().contains(QStringLiteral("Exported 1 risk")));
    CHECK(contents(path).contains("Stolen coder laptop"));

    dialog.setAsOf({});
    dialog.setFilePath(QDir(fixture.dir()).filePath(QStringLiteral("no-such-folder/r.csv")));
    REQUIRE(runExport(dialog));
    CHECK_FALSE(dialog.succeeded());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog.resultText().startsWith(QStringLiteral("Nothing was exported")));
}

TEST_CASE("ExportDialog closing mid-write leaves no new file", "[ui][io][export]")
{
    TemporaryProgram fixture;
    addInventory(fixture.program());
    ExportDialog dialog(fixture.program(), DataSubject::Assets);
    dialog.show();
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("inventory.xlsx"));
    dialog.setFormat(ExportDialog::Format::Xlsx);
    dialog.setFilePath(path);
    REQUIRE(dialog.startExport());
    dialog.reject();
    CHECK_FALSE(dialog.isRunning());
    CHECK(dialog.isHidden());
    QTest::qWait(50);
    CHECK_FALSE(dialog.succeeded());
    CHECK_FALSE(QFile::exists(path));
}
