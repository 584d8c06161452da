#include "ui/io/ImportDialog.h"

#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/widgets/MessageBanner.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::TemporaryProgram;

namespace {

QString writeFile(const TemporaryProgram& fixture, const QString& name, const QByteArray& content)
{
    const QString path = QDir(fixture.dir()).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

bool runImport(ImportDialog& dialog)
{
    if (!dialog.startImport())
        return false;
    return QTest::qWaitFor([&] { return !dialog.isRunning(); }, 20000);
}

const QByteArray badAssets = "name,kind,owner,data_flows\n"
                             "Practice-management system,application,Billing manager,"
                             "Clinics > PM system via SFTP [encrypted]\n"
                             "Fax server,teleporter,Office manager,\n"
                             "Backup NAS,server,,\n";

} // namespace

TEST_CASE("ImportDialog lists each bad line and writes nothing", "[ui][io][import]")
{
    TemporaryProgram fixture;
    ImportDialog dialog(fixture.program(), DataSubject::Assets);
    CHECK(dialog.columnsLabel()->text().contains(QStringLiteral("name")));
    CHECK(dialog.columnsLabel()->text().contains(QStringLiteral("Required columns")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    dialog.setFilePath(writeFile(fixture, QStringLiteral("assets.csv"), badAssets));
    CHECK(dialog.importButton()->isEnabled());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    REQUIRE(runImport(dialog));

    CHECK(imported.isEmpty());
    CHECK(dialog.importedCount() == 0);
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog.resultText().contains(QStringLiteral("Nothing was imported")));
    const QStringList problems = dialog.problemLines();
    REQUIRE(problems.size() >= 2);
    CHECK(problems.front().startsWith(QStringLiteral("Line 3:")));
    CHECK(problems.back().startsWith(QStringLiteral("Line 4:")));
    CHECK(dialog.problemList()->count() == problems.size());
    CHECK(fixture.program().assets().assets()->empty());

    dialog.copyProblems();
    CHECK(QGuiApplication::clipboard()->text().contains(QStringLiteral("Line 3:")));
}

TEST_CASE("ImportDialog imports good assets and risks in one go", "[ui][io][import]")
{
    TemporaryProgram fixture;
    {
        ImportDialog dialog(fixture.program(), DataSubject::Assets);
        dialog.setFilePath(writeFile(fixture, QStringLiteral("assets.csv"),
                                     "name,kind,owner,data_flows\n"
                                     "Practice-management system,application,Billing manager,"
                                     "Clinics > PM system via SFTP [encrypted]; PM system > "
                                     "Fax server via SMB\n"
                                     "Backup NAS,server,IT contractor,\n"));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        REQUIRE(runImport(dialog));
        CHECK(dialog.problemLines().isEmpty());
        CHECK(dialog.importedCount() == 2);
        REQUIRE(imported.size() == 1);
        CHECK(imported.front().front().toInt() == 2);
        CHECK(dialog.resultText().contains(QStringLiteral("Imported 2 asset")));
        // Importing the same file twice would duplicate it.
        CHECK_FALSE(dialog.importButton()->isEnabled());
        Result<std::vector<Asset>> assets = fixture.program().assets().assets();
        REQUIRE(assets->size() == 2);
        CHECK(assets->at(1).dataFlows.size() == 2);
    }
    {
        ImportDialog dialog(fixture.program(), DataSubject::Risks);
        CHECK(dialog.columnsLabel()->text().contains(QStringLiteral("identified_on")));
        dialog.setFilePath(writeFile(fixture, QStringLiteral("risks.csv"),
                                     "title,likelihood,impact,owner,identified_on,assets\n"
                                     "Stolen coder laptop,high,very high,Dana Whitfield,"
                                     "2026-02-10,Backup NAS\n"
                                     "Fax to wrong number,moderate,moderate,Office manager,"
                                     "2026-02-11,\n"));
        REQUIRE(runImport(dialog));
        CHECK(dialog.problemLines().isEmpty());
        CHECK(dialog.importedCount() == 2);
        CHECK(dialog.resultText().contains(QStringLiteral("Imported 2 risk")));
        CHECK(fixture.program().risks().risks()->size() == 2);
    }
}

TEST_CASE("ImportDialog refuses a risk file with bad rows without writing", "[ui][io][import]")
{
    TemporaryProgram fixture;
    ImportDialog dialog(fixture.program(), DataSubject::Risks);
    dialog.setFilePath(writeFile(fixture, QStringLiteral("risks.csv"),
                                 "title,likelihood,impact,owner,identified_on\n"
                                 "Stolen coder laptop,high,high,Dana Whitfield,2026-02-10\n"
                                 "Phishing,sometimes,high,Dana Whitfield,2026-02-10\n"
                                 "Lost EOBs,low,low,Dana Whitfield,03/04/2026\n"));
    REQUIRE(runImport(dialog));
    CHECK(dialog.resultText().contains(QStringLiteral("Nothing was imported")));
    const QStringList problems = dialog.problemLines();
    REQUIRE(problems.size() >= 2);
    CHECK(problems.front().startsWith(QStringLiteral("Line 3:")));
    CHECK(problems.back().startsWith(QStringLiteral("Line 4:")));
    CHECK(fixture.program().risks().risks()->empty());
}

TEST_CASE("ImportDialog reports an unreadable file and a cancelled run", "[ui][io][import]")
{
    TemporaryProgram fixture;
    ImportDialog dialog(fixture.program(), DataSubject::Assets);
    dialog.setFilePath(QDir(fixture.dir()).filePath(QStringLiteral("missing.csv")));
    REQUIRE(runImport(dialog));
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog.resultText().startsWith(QStringLiteral("Nothing was imported")));
    CHECK(dialog.problemLines().size() == 1);

    dialog.setFilePath(writeFile(fixture, QStringLiteral("good.csv"),
                                 "name,kind,owner\nBackup NAS,server,IT contractor\n"));
    REQUIRE(dialog.startImport());
    dialog.cancelImport();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 20000));
    CHECK(dialog.resultText().contains(QStringLiteral("cancelled")));
    CHECK(dialog.importedCount() == 0);
    CHECK(fixture.program().assets().assets()->empty());
}

TEST_CASE("ImportDialog closing mid-read waits for it and writes nothing", "[ui][io][import]")
{
    TemporaryProgram fixture;
    ImportDialog dialog(fixture.program(), DataSubject::Assets);
    dialog.show();
    dialog.setFilePath(writeFile(fixture, QStringLiteral("good.csv"),
                                 "name,kind,owner\nBackup NAS,server,IT contractor\n"));
    REQUIRE(dialog.startImport());
    // As when the program locks: the dialog is rejected while the worker reads.
    dialog.reject();
    CHECK_FALSE(dialog.isRunning());
    CHECK(dialog.isHidden());
    CHECK(dialog.result() == QDialog::Rejected);
    QTest::qWait(50);
    CHECK(dialog.importedCount() == 0);
    CHECK(fixture.program().assets().assets()->empty());
}
