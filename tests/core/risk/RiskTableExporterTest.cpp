#include "core/risk/RiskTableExporter.h"

#include "core/io/CsvReader.h"
#include "core/risk/AssetCsvImporter.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/AssetTableExporter.h"
#include "core/risk/RiskCsvColumns.h"
#include "core/risk/RiskCsvImporter.h"
#include "core/risk/RiskRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/risk/CatchRiskLevel.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TemporaryProgram.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using palisade::test::TemporaryProgram;

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

// Two assets, three risks covering every field, one open and one done task.
void fillRegister(Program& program)
{
    Asset ehr;
    ehr.name = QStringLiteral("Clinic EHR");
    ehr.kind = AssetKind::CloudService;
    ehr.owner = QStringLiteral("Dana Whitfield");
    ehr.location = QStringLiteral("Vendor, Ohio");
    ehr.phiHeld = QStringLiteral("Demographics, diagnoses");
    ehr.notes = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
    ehr.dataFlows = {
        {QStringLiteral("Clinic EHR"), QStringLiteral("Coders"), QStringLiteral("VPN"), true},
        {QStringLiteral("Fax"), QStringLiteral("Clinic EHR"), QString(), false}};
    Asset laptops;
    laptops.name = QStringLiteral("Coding laptops");
    laptops.kind = AssetKind::WorkstationFleet;
    laptops.owner = QStringLiteral("Sam Ortiz");
    REQUIRE(program.assets().addAll({ehr, laptops}).ok());
    std::vector<Asset> assets = *program.assets().assets();

    Risk laptop;
    laptop.title = QStringLiteral("Stolen laptop, \"cached\" claims");
    laptop.description = QStringLiteral("-2 laptops lack encryption\nsecond line");
    laptop.assetIds = {assets[0].id, assets[1].id};
    laptop.threatSource = QStringLiteral("Outsider");
    laptop.threatEvent = QStringLiteral("Theft");
    laptop.vulnerability = QStringLiteral("No disk encryption");
    laptop.existingControls = QStringLiteral("Cable locks; screen lock");
    laptop.inherent = {RiskLevel::High, RiskLevel::VeryHigh};
    laptop.treatment = RiskTreatment::Mitigate;
    laptop.treatmentPlan = QStringLiteral("BitLocker everywhere");
    laptop.residual = RiskRating{RiskLevel::Low, RiskLevel::Moderate};
    laptop.owner = QStringLiteral("Sam Ortiz");
    laptop.status = RiskStatus::InRemediation;
    laptop.identifiedOn = QDate(2026, 2, 10);
    laptop.dueOn = QDate(2026, 6, 30);
    laptop.citations = {QStringLiteral("164.310(d)(1)"), QStringLiteral("164.312(a)(2)(iv)")};

    Risk fax;
    fax.title = QStringLiteral("Misdirected fax");
    fax.inherent = {RiskLevel::Low, RiskLevel::Moderate};
    fax.treatment = RiskTreatment::Accept;
    fax.residual = RiskRating{RiskLevel::VeryLow, RiskLevel::Moderate};
    fax.owner = QStringLiteral("Dana Whitfield");
    fax.status = RiskStatus::Accepted;
    fax.identifiedOn = QDate(2025, 11, 3);
    fax.acceptance = {QStringLiteral("Lee Park"), QDate(2025, 12, 1),
                      QStringLiteral("Low volume, cover sheets"), QDate(2026, 12, 1)};
    fax.lastAssessedOn = QDate(2025, 12, 1);
    fax.nextReassessmentOn = QDate(2026, 6, 1);

    Risk phishing;
    phishing.title = QStringLiteral("Phishing");
    phishing.inherent = {RiskLevel::Moderate, RiskLevel::Moderate};
    phishing.owner = QStringLiteral("José Núñez");
    phishing.identifiedOn = QDate(2026, 1, 5);

    Result<std::vector<Risk>> added = program.risks().addAll({laptop, fax, phishing});
    REQUIRE(added.ok());

    RemediationTask open;
    open.riskId = added->front().id;
    open.title = QStringLiteral("Encrypt the remaining laptops");
    open.owner = QStringLiteral("Sam Ortiz");
    REQUIRE(program.risks().addTask(open).ok());
    RemediationTask done = open;
    done.title = QStringLiteral("Inventory the laptops");
    done.status = TaskStatus::Done;
    done.completedOn = QDate(2026, 2, 20);
    REQUIRE(program.risks().addTask(done).ok());
}

std::vector<QString> assetNames(Program& program, const Risk& risk)
{
    std::vector<QString> names;
    for (const qint64 id : risk.assetIds)
        names.push_back(program.assets().asset(id)->name);
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("The risk table has every field, labels for levels and the open task count",
          "[export][risk]")
{
    TemporaryProgram fixture;
    fillRegister(fixture.program());
    Result<RiskTableExporter> table =
        RiskTableExporter::fromRegister(fixture.program().risks(), fixture.program().assets());
    REQUIRE(table.ok());
    CHECK(RiskTableExporter::header() == RiskCsvColumns::exported());
    const QList<QStringList> rows = table->textRows();
    REQUIRE(rows.size() == 3);
    const QStringList header = RiskTableExporter::header();
    const auto cell = [&](int row, const QString& column) {
        return rows.at(row).at(header.indexOf(column));
    };
    CHECK(cell(0, RiskCsvColumns::reference) == QStringLiteral("R-0001"));
    CHECK(cell(0, RiskCsvColumns::assets) == QStringLiteral("Clinic EHR; Coding laptops"));
    CHECK(cell(0, RiskCsvColumns::likelihood) == QStringLiteral("High"));
    CHECK(cell(0, RiskCsvColumns::impact) == QStringLiteral("Very High"));
    CHECK(cell(0, RiskCsvColumns::inherentLevel) == QStringLiteral("Very High"));
    CHECK(cell(0, RiskCsvColumns::residualLevel) == QStringLiteral("Low"));
    CHECK(cell(0, RiskCsvColumns::status) == QStringLiteral("In Remediation"));
    CHECK(cell(0, RiskCsvColumns::identifiedOn) == QStringLiteral("2026-02-10"));
    CHECK(cell(0, RiskCsvColumns::openTasks) == QStringLiteral("1"));
    CHECK(cell(0, RiskCsvColumns::citations) == QStringLiteral("164.310(d)(1); 164.312(a)(2)(iv)"));
    CHECK(cell(1, RiskCsvColumns::acceptanceExpiresOn) == QStringLiteral("2026-12-01"));
    CHECK(cell(2, RiskCsvColumns::residualLevel).isEmpty());
    CHECK(cell(2, RiskCsvColumns::dueOn).isEmpty());
    CHECK(cell(2, RiskCsvColumns::openTasks) == QStringLiteral("0"));
}

TEST_CASE("A CSV export imports again into another program with every field intact",
          "[export][csv][risk]")
{
    TemporaryProgram source;
    fillRegister(source.program());
    const QString risksCsv = QDir(source.dir()).filePath(QStringLiteral("risks.csv"));
    const QString assetsCsv = QDir(source.dir()).filePath(QStringLiteral("assets.csv"));
    REQUIRE(RiskTableExporter::fromRegister(source.program().risks(), source.program().assets())
                ->saveCsv(risksCsv)
                .ok());
    REQUIRE(AssetTableExporter::fromRegister(source.program().assets())->saveCsv(assetsCsv).ok());

    // The formula guard protects the spreadsheet reader but not the round trip.
    QFile written(risksCsv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("'-2 laptops"));

    TemporaryProgram target(QStringLiteral("copy.palisade"));
    Result<ImportReport> assets = AssetCsvImporter(target.program().assets()).importFile(assetsCsv);
    INFO((assets.ok() ? QString() : assets.error().message).toStdString());
    REQUIRE(assets.ok());
    Result<ImportReport> risks =
        RiskCsvImporter(target.program().risks(), target.program().assets()).importFile(risksCsv);
    INFO((risks.ok() ? QString() : risks.error().message).toStdString());
    REQUIRE(risks.ok());

    const std::vector<Asset> before = *source.program().assets().assets();
    const std::vector<Asset> after = *target.program().assets().assets();
    REQUIRE(before.size() == after.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        Asset expected = before[i];
        Asset actual = after[i];
        expected.id = actual.id = 0;
        expected.createdAt = actual.createdAt = {};
        expected.updatedAt = actual.updatedAt = {};
        CHECK(actual == expected);
    }

    const std::vector<Risk> original = *source.program().risks().risks();
    const std::vector<Risk> copied = *target.program().risks().risks();
    REQUIRE(original.size() == copied.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        CHECK(assetNames(target.program(), copied[i]) == assetNames(source.program(), original[i]));
        Risk expected = original[i];
        Risk actual = copied[i];
        expected.assetIds = actual.assetIds = {};
        expected.createdAt = actual.createdAt = {};
        expected.updatedAt = actual.updatedAt = {};
        CHECK(actual == expected);
    }
}

TEST_CASE("The XLSX export has the columns and real date cells", "[export][risk]")
{
    TemporaryProgram fixture;
    fillRegister(fixture.program());
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("risks.xlsx"));
    Result<RiskTableExporter> table =
        RiskTableExporter::fromRegister(fixture.program().risks(), fixture.program().assets());
    REQUIRE(table.ok());
    const Result<void> saved = table->saveXlsx(path);
    INFO((saved.ok() ? QString() : saved.error().text()).toStdString());
    REQUIRE(saved.ok());

    const QString strings = zipPart(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("<t>identified_on</t>")));
    CHECK(strings.contains(QStringLiteral("<t>R-0001</t>")));
    CHECK(strings.contains(QStringLiteral("<t>Very High</t>")));

    const QString sheet = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    // identified_on is column S; 2026-02-10 is a number with a date style, not text.
    const QString serial = QString::number(spreadsheetSerial(QDate(2026, 2, 10)));
    CHECK(serial == QStringLiteral("46063"));
    CHECK(QRegularExpression(QStringLiteral("<c r=\"S2\" s=\"\\d+\"><v>%1</v></c>").arg(serial))
              .match(sheet)
              .hasMatch());
    // open_tasks (column AB) is a number too.
    CHECK(sheet.contains(QStringLiteral("<c r=\"AB2\"><v>1</v></c>")));
    const QString workbook = zipPart(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(QStringLiteral("name=\"Risks\"")));
}

TEST_CASE("An export of a past day shows the register as it stood then", "[export][risk]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    Risk risk;
    risk.title = QStringLiteral("Shared coder passwords");
    risk.owner = QStringLiteral("Dana Whitfield");
    risk.identifiedOn = QDate(2026, 2, 27);
    Result<Risk> added = program.risks().add(risk);
    REQUIRE(added.ok());
    fixture.clock().advanceDays(4);
    Risk changed = *added;
    changed.title = QStringLiteral("Shared coder passwords (two teams)");
    changed.inherent = {RiskLevel::VeryHigh, RiskLevel::VeryHigh};
    REQUIRE(program.risks().update(changed).ok());

    Result<RiskRegisterSnapshot> snapshot = program.risks().asOf(QDate(2026, 3, 2));
    REQUIRE(snapshot.ok());
    const QList<QStringList> then = RiskTableExporter::fromSnapshot(*snapshot).textRows();
    REQUIRE(then.size() == 1);
    const QStringList header = RiskTableExporter::header();
    CHECK(then[0].at(header.indexOf(RiskCsvColumns::title)) ==
          QStringLiteral("Shared coder passwords"));
    CHECK(then[0].at(header.indexOf(RiskCsvColumns::inherentLevel)) == QStringLiteral("Moderate"));

    const QList<QStringList> now =
        RiskTableExporter::fromRegister(program.risks(), program.assets())->textRows();
    REQUIRE(now.size() == 1);
    CHECK(now[0].at(header.indexOf(RiskCsvColumns::inherentLevel)) == QStringLiteral("Very High"));
}

TEST_CASE("Exports never overwrite an existing file", "[export]")
{
    TemporaryProgram fixture;
    fillRegister(fixture.program());
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("taken.csv"));
    QFile taken(path);
    REQUIRE(taken.open(QIODevice::WriteOnly));
    taken.write("keep me\n");
    taken.close();
    const QByteArray digest = palisade::test::fileDigest(path);

    Result<RiskTableExporter> risks =
        RiskTableExporter::fromRegister(fixture.program().risks(), fixture.program().assets());
    REQUIRE(risks.ok());
    const Result<void> csv = risks->saveCsv(path);
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().kind == ErrorKind::Io);
    const Result<void> xlsx =
        AssetTableExporter::fromRegister(fixture.program().assets())->saveXlsx(path);
    REQUIRE_FALSE(xlsx.ok());
    CHECK(xlsx.error().kind == ErrorKind::Io);
    CHECK(palisade::test::fileDigest(path) == digest);
}

TEST_CASE("The asset table writes kinds as labels and flows in the import syntax",
          "[export][asset]")
{
    TemporaryProgram fixture;
    fillRegister(fixture.program());
    Result<AssetTableExporter> table = AssetTableExporter::fromRegister(fixture.program().assets());
    REQUIRE(table.ok());
    const QList<QStringList> rows = table->textRows();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == QStringList{QStringLiteral("Clinic EHR"), QStringLiteral("Cloud Service"),
                                 QStringLiteral("Vendor, Ohio"), QStringLiteral("Dana Whitfield"),
                                 QStringLiteral("Demographics, diagnoses"),
                                 QStringLiteral("=HYPERLINK(\"http://example.invalid\")"),
                                 QStringLiteral("Clinic EHR > Coders via VPN [encrypted]; "
                                                "Fax > Clinic EHR")});
    CHECK(rows[1].at(1) == QStringLiteral("Workstation Fleet"));

    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("assets.xlsx"));
    REQUIRE(table->saveXlsx(path).ok());
    const QString strings = zipPart(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("<t>data_flows</t>")));
    CHECK(strings.contains(QStringLiteral("<t>Workstation Fleet</t>")));
}
