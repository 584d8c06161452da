#include "core/risk/RiskCsvImporter.h"

#include "core/audit/AuditTrail.h"
#include "core/risk/AssetCsvImporter.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskCsvValues.h"
#include "core/risk/RiskRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/risk/CatchRiskLevel.h"
#include "tests/support/TemporaryProgram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using palisade::test::TemporaryProgram;

namespace {

QString examplePath(const QString& name)
{
    const QDir tests = QFileInfo(QStringLiteral(__FILE__)).dir();
    return QDir::cleanPath(tests.filePath(QStringLiteral("../../../docs/examples/")) +
                           QLatin1Char('/') + name);
}

Asset asset(const QString& name)
{
    Asset a;
    a.name = name;
    a.kind = AssetKind::Application;
    a.owner = QStringLiteral("Dana Whitfield");
    return a;
}

QByteArray csv(const QStringList& lines)
{
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

const Risk& byTitle(const std::vector<Risk>& risks, const QString& title)
{
    const auto found = std::find_if(risks.begin(), risks.end(),
                                    [&](const Risk& risk) { return risk.title == title; });
    REQUIRE(found != risks.end());
    return *found;
}

qint64 assetId(Program& program, const QString& name)
{
    Result<std::vector<Asset>> assets = program.assets().assets();
    REQUIRE(assets.ok());
    for (const Asset& a : *assets) {
        if (a.name == name)
            return a.id;
    }
    FAIL("no asset " << name.toStdString());
    return 0;
}

} // namespace

TEST_CASE("The example files of the documentation import", "[csv][risk]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();

    AssetCsvImporter assets(program.assets());
    Result<ImportReport> assetReport = assets.importFile(examplePath(QStringLiteral("assets.csv")));
    INFO((assetReport.ok() ? QString() : assetReport.error().message).toStdString());
    REQUIRE(assetReport.ok());
    CHECK(assetReport->imported() == 4);

    RiskCsvImporter risks(program.risks(), program.assets());
    Result<ImportReport> report = risks.importFile(examplePath(QStringLiteral("risks.csv")));
    INFO((report.ok() ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    CHECK(report->imported() == 3);
    CHECK(report->rowsRead == 3);
    CHECK(report->created == QStringList{QStringLiteral("R-0001"), QStringLiteral("R-0002"),
                                         QStringLiteral("R-0003")});

    Result<std::vector<Risk>> stored = program.risks().risks();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 3);

    const Risk& laptop = byTitle(*stored, QStringLiteral("Stolen coding laptop"));
    CHECK(laptop.status == RiskStatus::InRemediation);
    CHECK(laptop.treatment == RiskTreatment::Mitigate);
    CHECK(laptop.inherent == RiskRating{RiskLevel::Moderate, RiskLevel::High});
    CHECK(laptop.residual == RiskRating{RiskLevel::Low, RiskLevel::Moderate});
    CHECK(laptop.identifiedOn == QDate(2025, 1, 15));
    CHECK(laptop.dueOn == QDate(2025, 6, 30));
    CHECK(laptop.assetIds ==
          std::vector<qint64>{assetId(program, QStringLiteral("Coding workstations"))});
    CHECK(laptop.citations ==
          QStringList{QStringLiteral("164.310(d)(1)"), QStringLiteral("164.312(a)(2)(iv)")});
    CHECK(laptop.existingControls == QStringLiteral("Cable locks; screen lock after 10 minutes"));

    const Risk& phishing = byTitle(*stored, QStringLiteral("Phishing of EHR credentials"));
    CHECK(phishing.inherent == RiskRating{RiskLevel::High, RiskLevel::VeryHigh});
    CHECK(phishing.assetIds.size() == 2);
    CHECK_FALSE(phishing.residual.has_value());

    const Risk& fax = byTitle(*stored, QStringLiteral("Misdirected referral fax"));
    CHECK(fax.status == RiskStatus::Accepted);
    CHECK(fax.acceptance.approver == QStringLiteral("Dana Whitfield"));
    CHECK(fax.acceptance.acceptedOn == QDate(2025, 4, 1));
    CHECK(fax.acceptance.expiresOn == QDate(2026, 4, 1));
    CHECK(fax.residual == RiskRating{RiskLevel::VeryLow, RiskLevel::Moderate});
    CHECK(fax.nextReassessmentOn == QDate(2026, 3, 10));

    AuditQuery imported;
    imported.entity = QStringLiteral("risk");
    imported.action = QStringLiteral("imported");
    CHECK(program.auditTrail().events(imported).size() == 3);
}

TEST_CASE("Bad rows among good ones: every bad line is reported and nothing is written",
          "[csv][risk]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    REQUIRE(program.assets().add(asset(QStringLiteral("Clinic EHR"))).ok());
    const qint64 eventsBefore = program.auditTrail().count();

    // Line 4 holds a quoted line break, so the rows after it start one line later
    // than their position in the file.
    const QByteArray data = csv({
        QStringLiteral("title,assets,likelihood,impact,owner,identified_on,due_on,description"),
        QStringLiteral("Good one,clinic ehr,High,Moderate,Dana Whitfield,2026-01-10,2026-06-30,"),
        QStringLiteral("Bad level,,Hgh,Low,Dana Whitfield,2026-01-10,,"),
        QStringLiteral("Good two,,L,VH,Sam Ortiz,2026-02-01,,\"Spans\ntwo lines\""),
        QStringLiteral("Unknown asset,Clinic EHR; Fax room,M,M,Dana Whitfield,2026-01-10,,"),
        QStringLiteral("Due early,,M,M,Dana Whitfield,2026-02-10,2026-01-01,"),
        QStringLiteral("Good three,,VL,VL,Sam Ortiz,2026-02-01,,"),
    });
    RiskCsvImporter importer(program.risks(), program.assets());
    Result<ImportReport> report = importer.importData(data);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Invalid);

    const QStringList lines = report.error().message.split(QLatin1Char('\n'));
    INFO(report.error().message.toStdString());
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(QStringLiteral("Nothing was imported")));
    CHECK(lines[0].contains(QStringLiteral("3 row")));
    CHECK(lines[1].startsWith(QStringLiteral("Line 3: likelihood \"Hgh\" is not a level")));
    CHECK(lines[2].startsWith(
        QStringLiteral("Line 6: assets: there is no asset named \"Fax room\"")));
    CHECK(lines[3] == QStringLiteral("Line 7: The due date 2026-01-01 is before the date the risk "
                                     "was identified (2026-02-10)."));

    Result<std::vector<Risk>> stored = program.risks().risks();
    REQUIRE(stored.ok());
    CHECK(stored->empty());
    CHECK(program.auditTrail().count() == eventsBefore);
}

TEST_CASE("Unknown asset names are line errors; known ones match whatever their case",
          "[csv][risk]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    REQUIRE(program.assets().add(asset(QStringLiteral("Billing Service"))).ok());
    RiskCsvImporter importer(program.risks(), program.assets());

    const Result<ImportReport> refused = importer.importData(csv({
        QStringLiteral("title,likelihood,impact,owner,identified_on,assets"),
        QStringLiteral("Lost backup tape,M,H,Dana Whitfield,2026-01-05,Tape library"),
    }));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(
        QStringLiteral("Line 2: assets: there is no asset named \"Tape library\"")));

    const Result<ImportReport> accepted = importer.importData(csv({
        QStringLiteral("title,likelihood,impact,owner,identified_on,assets"),
        QStringLiteral("Lost backup tape,M,H,Dana Whitfield,2026-01-05,  billing   service ;"),
    }));
    REQUIRE(accepted.ok());
    Result<Risk> stored = program.risks().risk(accepted->ids.front());
    REQUIRE(stored.ok());
    CHECK(stored->assetIds ==
          std::vector<qint64>{assetId(program, QStringLiteral("Billing Service"))});
}

TEST_CASE("Levels, statuses and treatments are read in every documented form", "[csv][risk]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    RiskCsvImporter importer(program.risks(), program.assets());
    // Title Case headers with spaces work as well as snake_case.
    Result<std::vector<Risk>> read = importer.readData(csv({
        QStringLiteral("Title,Likelihood,Impact,Owner,Identified On,Treatment,Treatment Plan,"
                       "Status,Residual Likelihood,Residual-Impact"),
        QStringLiteral("A,very low,VERY_HIGH,Dana,2026-01-05,mitigate,Encrypt,in remediation,,"),
        QStringLiteral("B,vl,vh,Dana,2026/1/5,Transfer,Insure,In_Remediation,L,m"),
        QStringLiteral("C,Medium,h,Dana,2026-01-05 00:00:00,,,,,"),
    }));
    INFO((read.ok() ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->size() == 3);
    CHECK((*read)[0].inherent == RiskRating{RiskLevel::VeryLow, RiskLevel::VeryHigh});
    CHECK((*read)[0].status == RiskStatus::InRemediation);
    CHECK((*read)[1].inherent == RiskRating{RiskLevel::VeryLow, RiskLevel::VeryHigh});
    CHECK((*read)[1].treatment == RiskTreatment::Transfer);
    CHECK((*read)[1].residual == RiskRating{RiskLevel::Low, RiskLevel::Moderate});
    CHECK((*read)[1].identifiedOn == QDate(2026, 1, 5));
    CHECK((*read)[2].inherent == RiskRating{RiskLevel::Moderate, RiskLevel::High});
    CHECK((*read)[2].treatment == RiskTreatment::Undecided);
    CHECK((*read)[2].status == RiskStatus::Identified);
    // Reading alone writes nothing.
    CHECK(program.risks().risks()->empty());
}

TEST_CASE("Bad levels, dates and choices name the column and the value", "[csv][risk]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    RiskCsvImporter importer(program.risks(), program.assets());
    const Result<ImportReport> report = importer.importData(csv({
        QStringLiteral("title,likelihood,impact,owner,identified_on,status,treatment,"
                       "residual_likelihood,residual_impact"),
        QStringLiteral("US date,M,M,Dana,03/01/2026,,,,"),
        QStringLiteral("No such day,M,M,Dana,2026-02-30,,,,"),
        QStringLiteral("Empty impact,M,,Dana,2026-01-05,,,,"),
        QStringLiteral("Odd status,M,M,Dana,2026-01-05,Pending,,,"),
        QStringLiteral("Odd treatment,M,M,Dana,2026-01-05,,Ignore,,"),
        QStringLiteral("Half residual,M,M,Dana,2026-01-05,,,L,"),
        QStringLiteral("Numbers,3,M,Dana,2026-01-05,,,,"),
    }));
    REQUIRE_FALSE(report.ok());
    const QString message = report.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral(
        "Line 2: identified_on \"03/01/2026\" is not a date written as YYYY-MM-DD")));
    CHECK(message.contains(QStringLiteral("Line 3: identified_on \"2026-02-30\" is not a date")));
    CHECK(message.contains(QStringLiteral("Line 4: impact is empty; use Very Low, Low, Moderate, "
                                          "High, Very High (or VL, L, M, H, VH).")));
    CHECK(message.contains(QStringLiteral("Line 5: status \"Pending\" is not a status; use "
                                          "Identified, In Remediation, Accepted, Closed.")));
    CHECK(message.contains(QStringLiteral("Line 6: treatment \"Ignore\" is not a treatment")));
    CHECK(message.contains(QStringLiteral(
        "Line 7: give both residual_likelihood and residual_impact, or leave both empty.")));
    CHECK(message.contains(QStringLiteral("Line 8: likelihood \"3\" is not a level")));
    CHECK(program.risks().risks()->empty());
}

TEST_CASE("The register's rules are reported against the line that breaks them", "[csv][risk]")
{
    TemporaryProgram fixture; // today is 2026-03-01
    Program& program = fixture.program();
    RiskCsvImporter importer(program.risks(), program.assets());
    const Result<ImportReport> report = importer.importData(csv({
        QStringLiteral("title,likelihood,impact,owner,identified_on,due_on,status,citations"),
        QStringLiteral("Fine,M,M,Dana,2026-01-05,,,164.312(d)"),
        QStringLiteral("Due before identified,M,M,Dana,2026-02-10,2026-02-01,,"),
        QStringLiteral("From the future,M,M,Dana,2026-04-01,,,"),
        QStringLiteral(",M,M,,2026-01-05,,,"),
        QStringLiteral("Accepted without details,M,M,Dana,2026-01-05,,accepted,"),
        QStringLiteral("Bad citation,M,M,Dana,2026-01-05,,,164.999(z)"),
    }));
    REQUIRE_FALSE(report.ok());
    const QString message = report.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("5 row")));
    CHECK_FALSE(message.contains(QStringLiteral("Line 2:")));
    CHECK(message.contains(QStringLiteral("Line 3: The due date 2026-02-01 is before the date the "
                                          "risk was identified (2026-02-10).")));
    CHECK(message.contains(
        QStringLiteral("Line 4: The identification date 2026-04-01 is in the future.")));
    CHECK(message.contains(QStringLiteral("Line 5: Give the risk a title.")));
    CHECK(message.contains(QStringLiteral("Line 5: Name the risk's owner")));
    CHECK(message.contains(QStringLiteral("Line 6: An accepted risk must have the treatment")));
    CHECK(message.contains(QStringLiteral("Line 7: \"164.999(z)\" is not a standard")));
    CHECK(program.risks().risks()->empty());
}

TEST_CASE("A header that does not match, or an empty file, is refused before any row",
          "[csv][risk]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    RiskCsvImporter importer(program.risks(), program.assets());

    const Result<ImportReport> missing = importer.importData(csv({
        QStringLiteral("title,likelihood,owner,identified_on,severity"),
        QStringLiteral("A,M,Dana,2026-01-05,High"),
    }));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.startsWith(QStringLiteral("Line 1:")));
    CHECK(missing.error().message.contains(QStringLiteral("impact")));
    CHECK(missing.error().message.contains(QStringLiteral("severity")));

    const Result<ImportReport> headerOnly =
        importer.importData(csv({QStringLiteral("title,likelihood,impact,owner,identified_on")}));
    REQUIRE_FALSE(headerOnly.ok());
    CHECK(headerOnly.error().kind == ErrorKind::Invalid);

    const Result<ImportReport> empty = importer.importData(QByteArray());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == ErrorKind::Invalid);

    const Result<ImportReport> unreadable =
        importer.importFile(QDir(fixture.dir()).filePath(QStringLiteral("missing.csv")));
    REQUIRE_FALSE(unreadable.ok());
    CHECK(unreadable.error().kind == ErrorKind::Io);
    CHECK(program.risks().risks()->empty());
}

TEST_CASE("Asset import: kinds, data flows and duplicate names", "[csv][asset]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    REQUIRE(program.assets().add(asset(QStringLiteral("Existing server"))).ok());
    const qint64 eventsBefore = program.auditTrail().count();
    AssetCsvImporter importer(program.assets());

    const Result<ImportReport> refused = importer.importData(csv({
        QStringLiteral("Name,Kind,Owner,Location,data flows"),
        QStringLiteral("EHR,Application,Dana,Cloud,EHR > Coders via VPN [encrypted]"),
        QStringLiteral("Coders,workstation fleet,Sam,Office,"),
        QStringLiteral("ehr,Server,Dana,,"),
        QStringLiteral("Fax,Typewriter,Dana,,"),
        QStringLiteral("EXISTING SERVER,Server,Dana,,"),
        QStringLiteral("Broken flow,Network,Dana,,Nowhere at all"),
        QStringLiteral("No owner,Network,,,"),
    }));
    REQUIRE_FALSE(refused.ok());
    const QString message = refused.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("5 row")));
    CHECK(message.contains(QStringLiteral("Line 4: the name \"ehr\" is already used on line 2.")));
    CHECK(message.contains(QStringLiteral("Line 5: kind \"Typewriter\" is not a kind of asset")));
    CHECK(message.contains(
        QStringLiteral("Line 6: An asset named \"EXISTING SERVER\" already exists.")));
    CHECK(message.contains(QStringLiteral("Line 7: data_flows: data flow 1 (\"Nowhere at all\") "
                                          "needs a '>'")));
    CHECK(message.contains(QStringLiteral("Line 8: Name the asset's owner")));
    CHECK_FALSE(message.contains(QStringLiteral("Line 2:")));
    CHECK_FALSE(message.contains(QStringLiteral("Line 3:")));
    CHECK(program.assets().assets()->size() == 1);
    CHECK(program.auditTrail().count() == eventsBefore);

    const Result<ImportReport> accepted = importer.importData(csv({
        QStringLiteral("name,kind,owner,data_flows"),
        QStringLiteral("EHR,Application,Dana,EHR > Coders via VPN [encrypted]; Coders -> Billing"),
        QStringLiteral("Coders,Workstation Fleet,Sam,"),
        QStringLiteral("Fax,Paper / Fax,Dana,Clinics > Fax via fax [not encrypted]"),
    }));
    INFO((accepted.ok() ? QString() : accepted.error().message).toStdString());
    REQUIRE(accepted.ok());
    CHECK(accepted->imported() == 3);
    Result<Asset> ehr = program.assets().asset(accepted->ids.front());
    REQUIRE(ehr.ok());
    CHECK(ehr->kind == AssetKind::Application);
    REQUIRE(ehr->dataFlows.size() == 2);
    CHECK(ehr->dataFlows[0] ==
          DataFlow{QStringLiteral("EHR"), QStringLiteral("Coders"), QStringLiteral("VPN"), true});
    CHECK(ehr->dataFlows[1] ==
          DataFlow{QStringLiteral("Coders"), QStringLiteral("Billing"), QString(), false});
    Result<Asset> fax = program.assets().asset(accepted->ids.back());
    REQUIRE(fax.ok());
    CHECK(fax->kind == AssetKind::PaperFax);
}

TEST_CASE("CSV values: levels, choices, dates and lists", "[csv]")
{
    CHECK(RiskCsvValues::level(QStringLiteral("Very Low")) == RiskLevel::VeryLow);
    CHECK(RiskCsvValues::level(QStringLiteral(" very_high ")) == RiskLevel::VeryHigh);
    CHECK(RiskCsvValues::level(QStringLiteral("VH")) == RiskLevel::VeryHigh);
    CHECK(RiskCsvValues::level(QStringLiteral("l")) == RiskLevel::Low);
    CHECK(RiskCsvValues::level(QStringLiteral("Medium")) == RiskLevel::Moderate);
    CHECK_FALSE(RiskCsvValues::level(QStringLiteral("Hgh")).has_value());
    CHECK_FALSE(RiskCsvValues::level(QString()).has_value());

    CHECK(RiskCsvValues::status(QStringLiteral("in-remediation")) == RiskStatus::InRemediation);
    CHECK(RiskCsvValues::treatment(QStringLiteral("AVOID")) == RiskTreatment::Avoid);
    CHECK(RiskCsvValues::assetKind(QStringLiteral("Paper / Fax")) == AssetKind::PaperFax);
    CHECK(RiskCsvValues::assetKind(QStringLiteral("cloud_service")) == AssetKind::CloudService);

    CHECK(RiskCsvValues::date(QStringLiteral("2026-03-01")) == QDate(2026, 3, 1));
    CHECK(RiskCsvValues::date(QStringLiteral("2026/3/1")) == QDate(2026, 3, 1));
    CHECK(RiskCsvValues::date(QStringLiteral("2026-03-01T00:00:00")) == QDate(2026, 3, 1));
    const std::optional<QDate> none = RiskCsvValues::date(QStringLiteral("  "));
    REQUIRE(none.has_value());
    CHECK_FALSE(none->isValid());
    CHECK_FALSE(RiskCsvValues::date(QStringLiteral("03/01/2026")).has_value());
    CHECK_FALSE(RiskCsvValues::date(QStringLiteral("2026-02-29")).has_value());
    CHECK_FALSE(RiskCsvValues::date(QStringLiteral("2026-03-01 14:30")).has_value());

    CHECK(RiskCsvValues::list(QStringLiteral(" a ; ;b;")) ==
          QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(RiskCsvValues::columnName(QStringLiteral("  Threat   Source ")) ==
          QStringLiteral("threat_source"));
}
