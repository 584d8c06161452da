// risk list, import and export driven through palisade-cli as a script would.
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "tests/cli/RiskCliSandbox.h"
#include "tests/support/FileDigest.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QString example(const QString& name)
{
    const QDir tests = QFileInfo(QStringLiteral(__FILE__)).dir();
    return QDir::cleanPath(tests.filePath(QStringLiteral("../../docs/examples/") + name));
}

QStringList titlesOf(const QJsonArray& risks)
{
    QStringList titles;
    for (const QJsonValue& risk : risks)
        titles << risk.toObject().value(QStringLiteral("title")).toString();
    return titles;
}

QJsonArray listJson(RiskCliSandbox& sandbox, const QStringList& extra = {})
{
    const CliProcessResult listed = sandbox.run(
        QStringList{QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--json")} +
        extra);
    INFO(listed.describe());
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.json().isArray());
    return listed.json().array();
}

void importExamples(RiskCliSandbox& sandbox)
{
    const CliProcessResult assets = sandbox.run(
        {QStringLiteral("asset"), QStringLiteral("import"), example(QStringLiteral("assets.csv"))});
    INFO(assets.describe());
    REQUIRE(assets.exitCode == 0);
    const CliProcessResult risks =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("import"),
                     example(QStringLiteral("risks.csv")), QStringLiteral("--json")});
    INFO(risks.describe());
    REQUIRE(risks.exitCode == 0);
    const QJsonObject report = risks.json().object();
    CHECK(report.value(QStringLiteral("imported")).toInt() == 3);
    CHECK(report.value(QStringLiteral("risks")).toArray().size() == 3);
}

} // namespace

TEST_CASE("palisade-cli: risk import adds the example file; risk list shows it", "[cli][csv]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);

    const QJsonArray risks = listJson(sandbox);
    REQUIRE(risks.size() == 3);
    const QJsonObject first = risks.at(0).toObject();
    CHECK(first.value(QStringLiteral("reference")).toString() == QStringLiteral("R-0001"));
    CHECK(first.value(QStringLiteral("title")).toString() ==
          QStringLiteral("Stolen coding laptop"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("in_remediation"));
    CHECK(first.value(QStringLiteral("inherent_level")).toString() == QStringLiteral("moderate"));
    CHECK(first.value(QStringLiteral("identified_on")).toString() == QStringLiteral("2025-01-15"));
    CHECK(first.value(QStringLiteral("assets")).toArray() ==
          QJsonArray{QStringLiteral("Coding workstations")});
    CHECK(first.value(QStringLiteral("open_tasks")).toInt() == 0);

    const QJsonArray accepted =
        listJson(sandbox, {QStringLiteral("--status"), QStringLiteral("Accepted")});
    CHECK(titlesOf(accepted) == QStringList{QStringLiteral("Misdirected referral fax")});

    const CliProcessResult table = sandbox.run({QStringLiteral("risk"), QStringLiteral("list")});
    INFO(table.describe());
    REQUIRE(table.exitCode == 0);
    const QStringList rows = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].startsWith(QStringLiteral("REF")));
    for (const char* column : {"TITLE", "OWNER", "STATUS", "INHERENT", "RESIDUAL", "DUE"})
        CHECK(rows[0].contains(QString::fromLatin1(column)));
    CHECK(rows[1].startsWith(QStringLiteral("R-0001  Stolen coding laptop")));
    CHECK(rows[1].contains(QStringLiteral("In Remediation")));
    CHECK(rows[1].contains(QStringLiteral("2025-06-30")));
}

TEST_CASE("palisade-cli: a file with bad rows exits 4, lists every line and writes nothing",
          "[cli][csv]")
{
    RiskCliSandbox sandbox;
    const QString file = sandbox.writeFile(
        QStringLiteral("risks.csv"), "title,likelihood,impact,owner,identified_on,due_on,assets\r\n"
                                     "Fine,M,M,Dana Whitfield,2026-01-05,,\r\n"
                                     "Bad level,Severe,M,Dana Whitfield,2026-01-05,,\r\n"
                                     "Fine too,L,L,Dana Whitfield,2026-01-05,,\r\n"
                                     "Due early,M,M,Dana Whitfield,2026-02-10,2026-02-01,\r\n"
                                     "No such asset,M,M,Dana Whitfield,2026-01-05,,Mainframe\r\n");
    const qint64 eventsBefore = sandbox.program().auditTrail().count();

    const CliProcessResult run =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("import"), file});
    INFO(run.describe());
    CHECK(run.exitCode == 4);
    const QString err = run.errText();
    CHECK(err.contains(QStringLiteral("Nothing was imported from risks.csv")));
    CHECK(err.contains(QStringLiteral("Line 3: likelihood \"Severe\" is not a level")));
    CHECK(err.contains(QStringLiteral("Line 5: The due date 2026-02-01 is before")));
    CHECK(err.contains(QStringLiteral("Line 6: assets: there is no asset named \"Mainframe\"")));
    CHECK_FALSE(err.contains(QStringLiteral("Line 2:")));
    CHECK_FALSE(err.contains(QStringLiteral("Line 4:")));

    CHECK(listJson(sandbox).isEmpty());
    // Only the CLI's unlock and lock were recorded, and the reopening here.
    AuditQuery riskEvents;
    riskEvents.entity = QStringLiteral("risk");
    CHECK(sandbox.program().auditTrail().events(riskEvents).empty());
    CHECK(sandbox.program().auditTrail().count() == eventsBefore + 3);
}

TEST_CASE("palisade-cli: risk import usage errors and a missing file", "[cli][csv]")
{
    RiskCliSandbox sandbox;
    const CliProcessResult noFile = sandbox.run({QStringLiteral("risk"), QStringLiteral("import")});
    CHECK(noFile.exitCode == 1);
    CHECK(noFile.errText().contains(QStringLiteral("FILE")));

    const CliProcessResult twoFiles =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("import"), QStringLiteral("a.csv"),
                     QStringLiteral("b.csv")});
    CHECK(twoFiles.exitCode == 1);
    CHECK(twoFiles.errText().contains(QStringLiteral("b.csv")));

    const CliProcessResult missing = sandbox.run({QStringLiteral("risk"), QStringLiteral("import"),
                                                  sandbox.path(QStringLiteral("nope.csv"))});
    CHECK(missing.exitCode == 5);

    const CliProcessResult help =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("import"), QStringLiteral("--help")});
    INFO(help.describe());
    CHECK(help.exitCode == 0);
    CHECK(help.outText().contains(QStringLiteral("risk import FILE")));
    CHECK(help.outText().contains(QStringLiteral("nothing is added")));

    const CliProcessResult badDay =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--as-of"),
                     QStringLiteral("2026-13-01")});
    CHECK(badDay.exitCode == 1);
    const CliProcessResult badStatus =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--status"),
                     QStringLiteral("pending")});
    CHECK(badStatus.exitCode == 1);
}

TEST_CASE("palisade-cli: risk list and export --as-of show the register of a past day",
          "[cli][export]")
{
    RiskCliSandbox sandbox; // the clock says 2026-03-01 09:00 UTC
    Risk risk;
    risk.title = QStringLiteral("Shared coder passwords");
    risk.owner = QStringLiteral("Dana Whitfield");
    risk.identifiedOn = QDate(2026, 2, 27);
    Result<Risk> added = sandbox.program().risks().add(risk);
    REQUIRE(added.ok());
    sandbox.clock().advanceDays(4);
    Risk renamed = *added;
    renamed.title = QStringLiteral("Shared passwords in two coding teams");
    REQUIRE(sandbox.program().risks().update(renamed).ok());

    CHECK(titlesOf(listJson(sandbox)) ==
          QStringList{QStringLiteral("Shared passwords in two coding teams")});
    CHECK(titlesOf(listJson(sandbox, {QStringLiteral("--as-of"), QStringLiteral("2026-03-02")})) ==
          QStringList{QStringLiteral("Shared coder passwords")});
    CHECK(listJson(sandbox, {QStringLiteral("--as-of"), QStringLiteral("2026-02-20")}).isEmpty());

    const QString out = sandbox.path(QStringLiteral("march-2.csv"));
    const CliProcessResult exported =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), out, QStringLiteral("--as-of"),
                     QStringLiteral("2026-03-02")});
    INFO(exported.describe());
    REQUIRE(exported.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Shared coder passwords")));
    CHECK_FALSE(text.contains(QStringLiteral("two coding teams")));
}

TEST_CASE("palisade-cli: risk export writes CSV and XLSX and never overwrites", "[cli][export]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);
    const QString csv = sandbox.path(QStringLiteral("out.csv"));
    const QString xlsx = sandbox.path(QStringLiteral("out.xlsx"));

    const CliProcessResult wroteCsv = sandbox.run(
        {QStringLiteral("risk"), QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--json")});
    INFO(wroteCsv.describe());
    REQUIRE(wroteCsv.exitCode == 0);
    CHECK(wroteCsv.json().object().value(QStringLiteral("risks")).toInt() == 3);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    CHECK(bytes.startsWith("\xEF\xBB\xBFreference,title,description,assets,"));
    CHECK(bytes.contains("R-0003,Misdirected referral fax"));

    const QByteArray digest = fileDigest(csv);
    const CliProcessResult again =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("xlsx"), QStringLiteral("--out"), csv});
    CHECK(again.exitCode == 5);
    CHECK(fileDigest(csv) == digest);

    const CliProcessResult replaced = sandbox.run(
        {QStringLiteral("risk"), QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--replace")});
    INFO(replaced.describe());
    CHECK(replaced.exitCode == 0);
    CHECK(replaced.errText().contains(QStringLiteral("Exported 3 risks")));

    const CliProcessResult wroteXlsx =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("XLSX"), QStringLiteral("--out"), xlsx});
    INFO(wroteXlsx.describe());
    REQUIRE(wroteXlsx.exitCode == 0);
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == QByteArray("PK"));

    const CliProcessResult badFormat = sandbox.run(
        {QStringLiteral("risk"), QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("pdf"), QStringLiteral("--out"), sandbox.path(QStringLiteral("out.pdf"))});
    CHECK(badFormat.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(sandbox.path(QStringLiteral("out.pdf"))));

    const CliProcessResult noOut = sandbox.run({QStringLiteral("risk"), QStringLiteral("export"),
                                                QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(noOut.exitCode == 1);

    // The exported CSV goes back in: the same risks again, with new references.
    const CliProcessResult reimported =
        sandbox.run({QStringLiteral("risk"), QStringLiteral("import"), csv});
    INFO(reimported.describe());
    CHECK(reimported.exitCode == 0);
    CHECK(listJson(sandbox).size() == 6);
}
