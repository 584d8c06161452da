#include "core/vendors/AgreementTableExporter.h"

#include "core/io/CsvReader.h"
#include "core/vendors/AgreementCsvColumns.h"
#include "core/vendors/CounterpartyTableExporter.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/vendors/VendorCsvExamples.h"
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

qint64 spreadsheetSerial(const QDate& date)
{
    return QDate(1899, 12, 30).daysTo(date);
}

// What survives a trip through a file: everything but ids and times, with
// the counterparty by name.
std::vector<std::pair<QString, Agreement>> portable(Program& program)
{
    Result<std::vector<Agreement>> all = program.baas().agreements();
    REQUIRE(all.ok());
    std::vector<std::pair<QString, Agreement>> out;
    for (Agreement agreement : *all) {
        Result<Counterparty> counterparty =
            program.counterparties().counterparty(agreement.counterpartyId);
        REQUIRE(counterparty.ok());
        agreement.id = 0;
        agreement.counterpartyId = 0;
        agreement.createdAt = agreement.updatedAt = QDateTime();
        out.emplace_back(counterparty->name, agreement);
    }
    return out;
}

QStringList column(const QList<QStringList>& rows, const QString& name)
{
    const qsizetype index = AgreementCsvColumns::exported().indexOf(name);
    REQUIRE(index >= 0);
    QStringList out;
    for (const QStringList& row : rows)
        out << row.value(index);
    return out;
}

} // namespace

TEST_CASE("An agreement CSV export has the computed columns and imports again", "[vendors][export]")
{
    TemporaryProgram source;
    importVendorExamples(source.program());

    Result<AgreementTableExporter> exporter = AgreementTableExporter::fromRegister(
        source.program().baas(), source.program().counterparties());
    REQUIRE(exporter.ok());
    const QList<QStringList> rows = exporter->textRows();
    REQUIRE(rows.size() == 6);
    CHECK(column(rows, QStringLiteral("reference")) ==
          QStringList{QStringLiteral("BAA-0001"), QStringLiteral("BAA-0002"),
                      QStringLiteral("BAA-0003"), QStringLiteral("BAA-0004"),
                      QStringLiteral("BAA-0005"), QStringLiteral("BAA-0006")});
    CHECK(column(rows, QStringLiteral("counterparty")).at(3) ==
          QStringLiteral("ClearPath Claims Exchange"));
    CHECK(column(rows, QStringLiteral("completeness_percent")) ==
          QStringList{QStringLiteral("100"), QStringLiteral("80"), QStringLiteral("0"),
                      QStringLiteral("100"), QStringLiteral("100"), QStringLiteral("93")});
    CHECK(column(rows, QStringLiteral("next_review_on")).first() == QStringLiteral("2026-02-03"));
    CHECK(column(rows, QStringLiteral("status")).first() == QStringLiteral("Active"));
    CHECK(column(rows, QStringLiteral("evergreen")).at(1) == QStringLiteral("yes"));
    CHECK(column(rows, QStringLiteral("provision_permitted_uses")).first() ==
          QStringLiteral("present: §2.1"));
    CHECK(column(rows, QStringLiteral("provision_accounting")).at(4) == QStringLiteral("n/a"));
    CHECK(column(rows, QStringLiteral("provision_accounting")).at(1).isEmpty());

    const QString agreementsCsv = QDir(source.dir()).filePath(QStringLiteral("agreements.csv"));
    const QString counterpartiesCsv =
        QDir(source.dir()).filePath(QStringLiteral("counterparties.csv"));
    REQUIRE(exporter->saveCsv(agreementsCsv).ok());
    Result<CounterpartyTableExporter> counterparties = CounterpartyTableExporter::fromRegister(
        source.program().counterparties(), source.program().assets());
    REQUIRE(counterparties.ok());
    REQUIRE(counterparties->saveCsv(counterpartiesCsv).ok());

    Result<QList<CsvRecord>> records = CsvReader::readFile(agreementsCsv);
    REQUIRE(records.ok());
    CHECK(records->front().fields == AgreementCsvColumns::exported());

    TemporaryProgram target;
    Program& program = target.program();
    REQUIRE(AssetCsvImporter(program.assets())
                .importFile(vendorExamplePath(QStringLiteral("assets.csv")))
                .ok());
    REQUIRE(CounterpartyCsvImporter(program.counterparties(), program.assets())
                .importFile(counterpartiesCsv)
                .ok());
    Result<ImportReport> again =
        AgreementCsvImporter(program.baas(), program.counterparties()).importFile(agreementsCsv);
    INFO(describe(again));
    REQUIRE(again.ok());
    CHECK(again->imported() == 6);
    CHECK(portable(program) == portable(source.program()));
}

TEST_CASE("An agreement export keeps its flow-down links within the program", "[vendors][export]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    importVendorExamples(program);
    Agreement clearinghouse =
        agreementTitled(program, QStringLiteral("Clearinghouse subcontractor BAA"));
    clearinghouse.flowsDownFrom = {1, 2};
    REQUIRE(program.baas().update(clearinghouse).ok());

    Result<AgreementTableExporter> exporter =
        AgreementTableExporter::fromRegister(program.baas(), program.counterparties());
    REQUIRE(exporter.ok());
    CHECK(column(exporter->textRows(), QStringLiteral("flows_down_from")).at(3) ==
          QStringLiteral("BAA-0001; BAA-0002"));
    const QString csv = QDir(fixture.dir()).filePath(QStringLiteral("agreements.csv"));
    REQUIRE(exporter->saveCsv(csv).ok());

    Result<ImportReport> again =
        AgreementCsvImporter(program.baas(), program.counterparties()).importFile(csv);
    INFO(describe(again));
    REQUIRE(again.ok());
    Result<Agreement> copy = program.baas().agreement(again->ids.at(3));
    REQUIRE(copy.ok());
    CHECK(copy->title == clearinghouse.title);
    CHECK(copy->flowsDownFrom == std::vector<qint64>{1, 2});
}

TEST_CASE("An agreement XLSX export has real date cells on an Agreements sheet",
          "[vendors][export]")
{
    TemporaryProgram fixture;
    importVendorExamples(fixture.program());
    Result<AgreementTableExporter> exporter = AgreementTableExporter::fromRegister(
        fixture.program().baas(), fixture.program().counterparties());
    REQUIRE(exporter.ok());
    const XlsxRow& lakeside = exporter->rows().front();
    const qsizetype signedOn =
        AgreementCsvColumns::exported().indexOf(AgreementCsvColumns::signedOn);
    CHECK(lakeside.at(signedOn).kind() == XlsxCell::Kind::Date);
    CHECK(lakeside.at(signedOn).date() == QDate(2024, 1, 10));
    const qsizetype percent =
        AgreementCsvColumns::exported().indexOf(AgreementCsvColumns::completeness);
    CHECK(lakeside.at(percent).kind() == XlsxCell::Kind::Integer);

    const QString xlsx = QDir(fixture.dir()).filePath(QStringLiteral("agreements.xlsx"));
    REQUIRE(exporter->saveXlsx(xlsx).ok());
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-l"), xlsx});
    REQUIRE(list.waitForFinished(30000));
    CHECK(list.exitCode() == 0);
    CHECK(QString::fromUtf8(list.readAllStandardOutput())
              .contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(zipPart(xlsx, QStringLiteral("xl/workbook.xml"))
              .contains(QStringLiteral("name=\"Agreements\"")));
    const QString sheet = zipPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains(QStringLiteral("<v>%1</v>").arg(spreadsheetSerial(QDate(2024, 1, 10)))));
    CHECK_FALSE(sheet.contains(QStringLiteral("2024-01-10")));
}
