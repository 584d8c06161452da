// incident add, list, deadlines and breach-log driven through palisade-cli as
// a script would, with the example files of docs/incident-file.md.
#include "core/audit/AuditQuery.h"
#include "core/incidents/IncidentRegister.h"
#include "core/io/CsvReader.h"
#include "tests/cli/RiskCliSandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QString example(const QString& name)
{
    const QDir tests = QFileInfo(QStringLiteral(__FILE__)).dir();
    return QDir::cleanPath(tests.filePath(QStringLiteral("../../docs/examples/") + name));
}

QStringList incident(const QStringList& words)
{
    return QStringList{QStringLiteral("incident")} + words;
}

CliProcessResult runOk(RiskCliSandbox& sandbox, const QStringList& command)
{
    const CliProcessResult result = sandbox.run(command);
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return result;
}

QString zipPart(const QString& archive, const QString& part)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, part});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitStatus() == QProcess::NormalExit);
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// The assets, counterparties and agreements of docs/examples, as the demo has them.
void importParties(RiskCliSandbox& sandbox)
{
    runOk(sandbox, {QStringLiteral("asset"), QStringLiteral("import"),
                    example(QStringLiteral("assets.csv"))});
    runOk(sandbox, {QStringLiteral("baa"), QStringLiteral("import"),
                    example(QStringLiteral("counterparties.csv"))});
    runOk(sandbox, {QStringLiteral("baa"), QStringLiteral("import"),
                    example(QStringLiteral("agreements.csv"))});
}

// The four examples by discovery date, as installer/bootstrap.sh adds them:
// INC-0001 remittance, INC-0002 laptop, INC-0003 phone, INC-0004 phishing.
void addExamples(RiskCliSandbox& sandbox)
{
    for (const char* file : {"misdirected-remittance.json", "stolen-laptop.json", "lost-phone.json",
                             "phishing-mailbox.json"}) {
        runOk(sandbox, incident({QStringLiteral("add"), QStringLiteral("--from-file"),
                                 example(QStringLiteral("incidents/") + QLatin1String(file))}));
    }
}

QJsonObject byReference(const QJsonArray& items, const QString& reference)
{
    for (const QJsonValue& value : items) {
        if (value.toObject().value(QStringLiteral("reference")).toString() == reference)
            return value.toObject();
    }
    return {};
}

QJsonObject deadlineFor(const QJsonArray& items, const QString& reference, const QString& key)
{
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("reference")).toString() == reference &&
            item.value(QStringLiteral("key")).toString() == key)
            return item;
    }
    return {};
}

QJsonArray listJson(RiskCliSandbox& sandbox)
{
    return runOk(sandbox, incident({QStringLiteral("list"), QStringLiteral("--as-of"),
                                    QStringLiteral("2026-11-24"), QStringLiteral("--json")}))
        .json()
        .array();
}

} // namespace

TEST_CASE("palisade-cli: incident add reads the examples; list shows them", "[cli][incidents]")
{
    RiskCliSandbox sandbox;
    importParties(sandbox);
    const CliProcessResult added =
        runOk(sandbox, incident({QStringLiteral("add"), QStringLiteral("--from-file"),
                                 example(QStringLiteral("incidents/misdirected-remittance.json")),
                                 QStringLiteral("--json")}));
    const QJsonArray addedList = added.json().object().value(QStringLiteral("added")).toArray();
    REQUIRE(addedList.size() == 1);
    CHECK(addedList[0].toObject().value(QStringLiteral("reference")).toString() ==
          QStringLiteral("INC-0001"));
    CHECK(addedList[0].toObject().value(QStringLiteral("breach_status")).toString() ==
          QStringLiteral("low_probability"));
    CHECK(added.errText().contains(QStringLiteral("INC-0001")));
    for (const char* file : {"stolen-laptop.json", "lost-phone.json", "phishing-mailbox.json"}) {
        runOk(sandbox, incident({QStringLiteral("add"), QStringLiteral("--from-file"),
                                 example(QStringLiteral("incidents/") + QLatin1String(file))}));
    }

    const QJsonArray list = listJson(sandbox);
    REQUIRE(list.size() == 4);
    const QJsonObject remittance = byReference(list, QStringLiteral("INC-0001"));
    CHECK(remittance.value(QStringLiteral("state")).toString() == QStringLiteral("closed"));
    CHECK(remittance.value(QStringLiteral("closed_on")).toString() == QStringLiteral("2026-09-25"));
    CHECK(remittance.value(QStringLiteral("assessed")).toBool());
    CHECK(remittance.value(QStringLiteral("next_deadline")).isNull());

    const QJsonObject laptop = byReference(list, QStringLiteral("INC-0002"));
    CHECK(laptop.value(QStringLiteral("kind")).toString() ==
          QStringLiteral("lost_or_stolen_device"));
    CHECK(laptop.value(QStringLiteral("discovered_on")).toString() == QStringLiteral("2026-10-05"));
    CHECK(laptop.value(QStringLiteral("state")).toString() == QStringLiteral("open"));
    CHECK(laptop.value(QStringLiteral("breach_status")).toString() == QStringLiteral("breach"));
    CHECK(laptop.value(QStringLiteral("total_affected")).toInt() == 652);
    const QJsonObject next = laptop.value(QStringLiteral("next_deadline")).toObject();
    CHECK(next.value(QStringLiteral("key")).toString() == QStringLiteral("state_authority:FL"));
    CHECK(next.value(QStringLiteral("due_on")).toString() == QStringLiteral("2026-11-04"));
    CHECK(next.value(QStringLiteral("overdue")).toBool());

    CHECK(byReference(list, QStringLiteral("INC-0003")).value(QStringLiteral("breach_status")) ==
          QStringLiteral("secured_phi"));
    const QJsonObject phishing = byReference(list, QStringLiteral("INC-0004"));
    CHECK(phishing.value(QStringLiteral("breach_status")).toString() ==
          QStringLiteral("presumed_breach"));
    CHECK_FALSE(phishing.value(QStringLiteral("assessed")).toBool());
    CHECK(phishing.value(QStringLiteral("next_deadline"))
              .toObject()
              .value(QStringLiteral("days_left"))
              .toInt() == 2);

    const CliProcessResult table =
        runOk(sandbox, incident({QStringLiteral("list"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-24")}));
    const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith(QStringLiteral("REFERENCE")));
    CHECK(lines[0].contains(QStringLiteral("BREACH STATUS")));
    CHECK(lines[2].startsWith(QStringLiteral("INC-0002")));
    CHECK(lines[2].contains(QStringLiteral("lost_or_stolen_device")));
    CHECK(lines[2].contains(QStringLiteral(" breach ")));
    CHECK(lines[2].contains(QStringLiteral("652")));
    CHECK(lines[2].contains(QStringLiteral("2026-11-04 State authority (FL) (overdue)")));
    CHECK(lines[1].contains(QStringLiteral("closed")));
    CHECK(lines[1].contains(QStringLiteral("low_probability")));

    // The same file again would double the incident: refused.
    const CliProcessResult again =
        sandbox.run(incident({QStringLiteral("add"), QStringLiteral("--from-file"),
                              example(QStringLiteral("incidents/stolen-laptop.json"))}));
    CHECK(again.exitCode == 4);
    CHECK(again.errText().contains(QStringLiteral("INC-0002 has the same title")));
    CHECK(listJson(sandbox).size() == 4);
}

TEST_CASE("palisade-cli: incident deadlines shows every notice owed, overdue or not",
          "[cli][incidents]")
{
    RiskCliSandbox sandbox;
    importParties(sandbox);
    addExamples(sandbox);

    const CliProcessResult result =
        runOk(sandbox, incident({QStringLiteral("deadlines"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-24"), QStringLiteral("--json")}));
    const QJsonArray deadlines = result.json().array();
    // The laptop: clinic, Florida authority, individuals, HHS, Florida media;
    // the phishing: both clinics.
    REQUIRE(deadlines.size() == 7);

    const QJsonObject authority =
        deadlineFor(deadlines, QStringLiteral("INC-0002"), QStringLiteral("state_authority:FL"));
    CHECK(authority.value(QStringLiteral("recipient")).toString() ==
          QStringLiteral("state_authority"));
    CHECK(authority.value(QStringLiteral("jurisdiction")).toString() == QStringLiteral("FL"));
    CHECK(authority.value(QStringLiteral("due_on")).toString() == QStringLiteral("2026-11-04"));
    CHECK(authority.value(QStringLiteral("days_left")).toInt() == -20);
    CHECK(authority.value(QStringLiteral("overdue")).toBool());
    CHECK_FALSE(authority.value(QStringLiteral("sent")).toBool());
    CHECK(authority.value(QStringLiteral("sent_on")).isNull());

    const QJsonObject individuals =
        deadlineFor(deadlines, QStringLiteral("INC-0002"), QStringLiteral("individuals"));
    CHECK(individuals.value(QStringLiteral("due_on")).toString() == QStringLiteral("2026-12-04"));
    CHECK(individuals.value(QStringLiteral("sent")).toBool());
    CHECK(individuals.value(QStringLiteral("sent_on")).toString() == QStringLiteral("2026-11-20"));
    CHECK_FALSE(individuals.value(QStringLiteral("late")).toBool());
    CHECK_FALSE(individuals.value(QStringLiteral("overdue")).toBool());

    const QJsonObject media =
        deadlineFor(deadlines, QStringLiteral("INC-0002"), QStringLiteral("media:FL"));
    CHECK(media.value(QStringLiteral("days_left")).toInt() == 10);
    CHECK_FALSE(media.value(QStringLiteral("overdue")).toBool());
    CHECK(deadlineFor(deadlines, QStringLiteral("INC-0002"), QStringLiteral("hhs"))
              .value(QStringLiteral("annual_log")) == false);

    int phishingNotices = 0;
    for (const QJsonValue& value : deadlines) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("reference")).toString() != QStringLiteral("INC-0004"))
            continue;
        ++phishingNotices;
        CHECK(item.value(QStringLiteral("recipient")).toString() ==
              QStringLiteral("covered_entity"));
        const QString name = item.value(QStringLiteral("recipient_name")).toString();
        CHECK(item.value(QStringLiteral("due_on")).toString() ==
              (name == QStringLiteral("Lakeside Family Clinic") ? QStringLiteral("2026-11-26")
                                                                : QStringLiteral("2026-12-01")));
    }
    CHECK(phishingNotices == 2);

    const CliProcessResult table =
        runOk(sandbox, incident({QStringLiteral("deadlines"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-24")}));
    CHECK(table.errText().contains(QStringLiteral("overdue as of 2026-11-24")));
    CHECK(table.outText().startsWith(QStringLiteral("REFERENCE")));
    CHECK(table.outText().contains(QStringLiteral("State authority (FL)")));
    CHECK(table.outText().contains(QStringLiteral("Covered entity: Lakeside Family Clinic")));
    CHECK(table.outText().contains(QStringLiteral("20 day")));

    const CliProcessResult badDate = sandbox.run(incident(
        {QStringLiteral("deadlines"), QStringLiteral("--as-of"), QStringLiteral("24/11/2026")}));
    CHECK(badDate.exitCode == 1);
}

TEST_CASE("palisade-cli: incident add adds every incident of a file or none", "[cli][incidents]")
{
    RiskCliSandbox sandbox;
    importParties(sandbox);

    const QString bad = sandbox.writeFile(QStringLiteral("bad.json"), R"({"incidents": [
        {"title": "Referral fax sent to the wrong office", "kind": "misdirected_communication",
         "discovered_on": "2026-11-02", "assets": ["Referral fax"]},
        {"title": "Claim printout left on a train", "kind": "other",
         "discovered_on": "11/03/2026"}
    ]})");
    const CliProcessResult refused = sandbox.run(incident(
        {QStringLiteral("add"), QStringLiteral("--from-file"), bad, QStringLiteral("--json")}));
    INFO(refused.describe());
    CHECK(refused.exitCode == 4);
    CHECK(refused.errText().contains(QStringLiteral("Nothing was added from bad.json")));
    CHECK(refused.errText().contains(
        QStringLiteral("incidents[1].discovered_on: not a date (YYYY-MM-DD)")));
    CHECK(refused.json()
              .object()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("exit_code")) == 4);
    CHECK(listJson(sandbox).isEmpty());

    const QString typo = sandbox.writeFile(QStringLiteral("typo.json"),
                                           R"({"title": "Referral fax sent to the wrong office",
        "kind": "misdirected_communication", "discovered_on": "2026-11-02",
        "lesons_learned": "Check the number twice."})");
    const CliProcessResult unknownKey =
        sandbox.run(incident({QStringLiteral("add"), QStringLiteral("--from-file"), typo}));
    CHECK(unknownKey.exitCode == 4);
    CHECK(unknownKey.errText().contains(QStringLiteral("lesons_learned: unknown key")));
    CHECK(listJson(sandbox).isEmpty());

    const QString good = sandbox.writeFile(QStringLiteral("good.json"), R"({"incidents": [
        {"title": "Referral fax sent to the wrong office", "kind": "misdirected_communication",
         "discovered_on": "2026-11-02", "assets": ["Referral fax"], "affected": {"FL": 1},
         "actions": [{"title": "Program the fax numbers", "done_on": "2026-11-03"}]},
        {"title": "Claim printout left on a train", "kind": "other",
         "discovered_on": "2026-11-03", "covered_entities": ["Harbor Orthopedic Associates"]}
    ]})");
    const CliProcessResult added =
        runOk(sandbox, incident({QStringLiteral("add"), QStringLiteral("--from-file"), good,
                                 QStringLiteral("--json")}));
    CHECK(added.json().object().value(QStringLiteral("added")).toArray().size() == 2);
    CHECK(listJson(sandbox).size() == 2);

    Program& program = sandbox.program();
    AuditQuery created;
    created.entity = QStringLiteral("incident");
    created.action = QStringLiteral("created");
    CHECK(program.auditTrail().events(created).size() == 2);
    AuditQuery completed;
    completed.entity = QStringLiteral("incident_action");
    completed.action = QStringLiteral("completed");
    CHECK(program.auditTrail().events(completed).size() == 1);
    const std::vector<Incident> stored = program.incidents().incidents().value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].assetIds.size() == 1);
    CHECK(stored[1].coveredEntityIds.size() == 1);

    const CliProcessResult missing =
        sandbox.run(incident({QStringLiteral("add"), QStringLiteral("--from-file"),
                              sandbox.path(QStringLiteral("no.json"))}));
    CHECK(missing.exitCode == 5);
    const CliProcessResult noFile = sandbox.run(incident({QStringLiteral("add")}));
    CHECK(noFile.exitCode == 1);
}

TEST_CASE("palisade-cli: incident breach-log writes CSV and XLSX and never overwrites silently",
          "[cli][incidents]")
{
    RiskCliSandbox sandbox;
    importParties(sandbox);
    addExamples(sandbox);
    const QString formula = sandbox.writeFile(QStringLiteral("formula.json"), R"json({
        "title": "=HYPERLINK(\"x\")", "kind": "unauthorized_access",
        "discovered_on": "2026-11-10", "affected": {
        "GA" : 3}
})json");
    runOk(sandbox, incident({QStringLiteral("add"), QStringLiteral("--from-file"), formula}));

    const QString csvPath = sandbox.path(QStringLiteral("breaches.csv"));
    const CliProcessResult csv =
        runOk(sandbox,
              incident({QStringLiteral("breach-log"), QStringLiteral("--year"),
                        QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), csvPath, QStringLiteral("--json")}));
    // The laptop (breach), the phishing and the formula (presumed breaches);
    // the remittance (low probability) and the phone (secured) are no breaches.
    CHECK(csv.json().object().value(QStringLiteral("breaches")).toInt() == 3);
    CHECK(csv.json().object().value(QStringLiteral("year")).toInt() == 2026);

    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK_FALSE(bytes.contains(",=HYPERLINK("));
    Result<QList<CsvRecord>> records = CsvReader::parse(bytes);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 4);
    CHECK(records->at(0).fields.value(0) == QStringLiteral("Reference"));
    const QStringList laptop = records->at(1).fields;
    REQUIRE(laptop.size() == 16);
    CHECK(laptop[0] == QStringLiteral("INC-0002"));
    CHECK(laptop[1] == QStringLiteral("Unencrypted coding laptop stolen from an employee's car"));
    CHECK(laptop[2] == QStringLiteral("Breach"));
    CHECK(laptop[3] == QStringLiteral("Lost or stolen device"));
    CHECK(laptop[5] == QStringLiteral("2026-10-04"));
    CHECK(laptop[6] == QStringLiteral("2026-10-05"));
    CHECK(laptop[7] == QStringLiteral("652"));
    CHECK(laptop[8] == QStringLiteral("FL 612; GA 40"));
    CHECK(laptop[9] == QStringLiteral("Names; Dates of birth; Diagnosis codes; Procedure codes; "
                                      "Insurance member numbers"));
    CHECK(laptop[10].startsWith(QStringLiteral("Police report filed")));
    CHECK(laptop[11] == QStringLiteral("2026-11-20"));
    CHECK(laptop[12].isEmpty());
    CHECK(laptop[13].isEmpty());
    CHECK(laptop[14].isEmpty());
    CHECK(laptop[15] == QStringLiteral("Lakeside Family Clinic 2026-10-07"));
    CHECK(records->at(2).fields.value(1) == QStringLiteral("=HYPERLINK(\"x\")"));
    CHECK(records->at(3).fields.value(0) == QStringLiteral("INC-0004"));

    const CliProcessResult refused = sandbox.run(incident(
        {QStringLiteral("breach-log"), QStringLiteral("--year"), QStringLiteral("2026"),
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csvPath}));
    CHECK(refused.exitCode == 5);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytes);
    file.close();
    const CliProcessResult emptyYear =
        runOk(sandbox, incident({QStringLiteral("breach-log"), QStringLiteral("--year"),
                                 QStringLiteral("2025"), QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("--out"), csvPath,
                                 QStringLiteral("--replace"), QStringLiteral("--json")}));
    CHECK(emptyYear.json().object().value(QStringLiteral("breaches")).toInt() == 0);

    const QString xlsxPath = sandbox.path(QStringLiteral("breaches.xlsx"));
    runOk(sandbox, incident({QStringLiteral("breach-log"), QStringLiteral("--year"),
                             QStringLiteral("2026"), QStringLiteral("--format"),
                             QStringLiteral("xlsx"), QStringLiteral("--out"), xlsxPath}));
    const QString strings = zipPart(xlsxPath, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("INC-0002")));
    CHECK(strings.contains(QStringLiteral("FL 612; GA 40")));
    const QString cells = zipPart(xlsxPath, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(cells.contains(QStringLiteral("<v>652</v>")));
    CHECK_FALSE(cells.contains(QStringLiteral("<f>")));

    const CliProcessResult badYear = sandbox.run(
        incident({QStringLiteral("breach-log"), QStringLiteral("--year"), QStringLiteral("26"),
                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                  sandbox.path(QStringLiteral("other.csv"))}));
    CHECK(badYear.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(sandbox.path(QStringLiteral("other.csv"))));
}

TEST_CASE("palisade-cli: incident --help lists the incident commands", "[cli][incidents]")
{
    RiskCliSandbox sandbox;
    const CliProcessResult help = runOk(sandbox, incident({QStringLiteral("--help")}));
    for (const char* verb : {"list", "add", "deadlines", "breach-log"})
        CHECK(help.outText().contains(QStringLiteral("incident ") + QLatin1String(verb)));
    const CliProcessResult bare = sandbox.run(incident({}));
    CHECK(bare.exitCode == 1);
    CHECK(bare.errText().contains(QStringLiteral("deadlines")));
}
