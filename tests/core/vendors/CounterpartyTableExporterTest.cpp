#include "core/vendors/CounterpartyTableExporter.h"

#include "core/vendors/CounterpartyCsvColumns.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/vendors/VendorCsvExamples.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TemporaryProgram.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QString zipPart(const QString& archive, const QString& part)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, part});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitStatus() == QProcess::NormalExit);
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// What survives a trip through a file: everything but the ids and times,
// with the assets by name.
struct Portable
{
    Counterparty counterparty;
    QStringList assets;

    friend bool operator==(const Portable&, const Portable&) = default;
};

std::vector<Portable> portable(Program& program)
{
    Result<std::vector<Asset>> assets = program.assets().assets();
    REQUIRE(assets.ok());
    Result<std::vector<Counterparty>> all = program.counterparties().counterparties();
    REQUIRE(all.ok());
    std::vector<Portable> out;
    for (Counterparty counterparty : *all) {
        QStringList names;
        for (const qint64 id : counterparty.assetIds) {
            for (const Asset& asset : *assets) {
                if (asset.id == id)
                    names << asset.name;
            }
        }
        names.sort();
        counterparty.id = 0;
        counterparty.assetIds.clear();
        counterparty.createdAt = counterparty.updatedAt = QDateTime();
        out.push_back({counterparty, names});
    }
    return out;
}

} // namespace

TEST_CASE("A counterparty CSV export imports again into a new program", "[vendors][export]")
{
    TemporaryProgram source;
    importVendorExamples(source.program(), false);
    // Text a spreadsheet would run is guarded on export and unguarded on import.
    Counterparty shredder =
        counterpartyNamed(source.program(), QStringLiteral("ShredRight Document Services"));
    shredder.notes = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
    REQUIRE(source.program().counterparties().update(shredder).ok());

    Result<CounterpartyTableExporter> exporter = CounterpartyTableExporter::fromRegister(
        source.program().counterparties(), source.program().assets());
    REQUIRE(exporter.ok());
    CHECK(CounterpartyTableExporter::header() == CounterpartyCsvColumns::exported());
    REQUIRE(exporter->rows().size() == 7);
    const QString csv = QDir(source.dir()).filePath(QStringLiteral("counterparties.csv"));
    REQUIRE(exporter->saveCsv(csv).ok());

    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFname,relationship,services,phi_types,shares_phi,contacts,"
                           "assets,notes\r\n"));
    CHECK(bytes.contains("Lakeside Family Clinic,Covered Entity We Serve,"));
    // Lists joined with "; " are quoted, so no reader takes ';' as the delimiter.
    CHECK(bytes.contains(",yes,\"Maria Chen | Privacy Officer | privacy@lakesideclinic.example | "
                         "555-0142; Tom Hale | Practice Manager | tom.hale@lakesideclinic.example\","
                         "\"Clinic EHR; Coding workstations\","));
    CHECK(bytes.contains(",no,Dispatch | Scheduling |  | 555-0163,Referral fax,"));
    CHECK(bytes.contains("'=HYPERLINK"));

    TemporaryProgram target;
    Result<ImportReport> assets = AssetCsvImporter(target.program().assets())
                                      .importFile(vendorExamplePath(QStringLiteral("assets.csv")));
    REQUIRE(assets.ok());
    Result<ImportReport> again =
        CounterpartyCsvImporter(target.program().counterparties(), target.program().assets())
            .importFile(csv);
    INFO(describe(again));
    REQUIRE(again.ok());
    CHECK(again->imported() == 7);
    CHECK(portable(target.program()) == portable(source.program()));

    // The same file into the same program clashes on every name.
    Result<ImportReport> twice =
        CounterpartyCsvImporter(target.program().counterparties(), target.program().assets())
            .importFile(csv);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.startsWith(
        QStringLiteral("Nothing was imported from counterparties.csv: 7 row(s) have problems.")));
}

TEST_CASE("A counterparty XLSX export is a workbook with a Counterparties sheet",
          "[vendors][export]")
{
    TemporaryProgram fixture;
    importVendorExamples(fixture.program(), false);
    Result<CounterpartyTableExporter> exporter = CounterpartyTableExporter::fromRegister(
        fixture.program().counterparties(), fixture.program().assets());
    REQUIRE(exporter.ok());
    const XlsxRow& first = exporter->rows().front(); // by name: ClearPath
    CHECK(first.at(0).text() == QStringLiteral("ClearPath Claims Exchange"));
    CHECK(first.at(4).kind() == XlsxCell::Kind::Boolean);

    const QString xlsx = QDir(fixture.dir()).filePath(QStringLiteral("counterparties.xlsx"));
    REQUIRE(exporter->saveXlsx(xlsx).ok());
    CHECK(zipPart(xlsx, QStringLiteral("xl/workbook.xml"))
              .contains(QStringLiteral("name=\"Counterparties\"")));
    const QString sheet = zipPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains(QStringLiteral("t=\"b\"")));

    // Refused without replacing; the file is left as it was.
    const QByteArray digest = fileDigest(xlsx);
    Result<void> again = exporter->saveXlsx(xlsx);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Io);
    CHECK(fileDigest(xlsx) == digest);
    CHECK(exporter->saveXlsx(xlsx, OverwritePolicy::Replace).ok());
}
