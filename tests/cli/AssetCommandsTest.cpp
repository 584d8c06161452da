// asset list, import and export driven through palisade-cli as a script would.
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

QStringList namesOf(const QJsonArray& assets)
{
    QStringList names;
    for (const QJsonValue& asset : assets)
        names << asset.toObject().value(QStringLiteral("name")).toString();
    return names;
}

QJsonArray listJson(RiskCliSandbox& sandbox)
{
    const CliProcessResult listed =
        sandbox.run({QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(listed.describe());
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.json().isArray());
    return listed.json().array();
}

} // namespace

TEST_CASE("palisade-cli: asset import, list and export", "[cli][csv][export]")
{
    RiskCliSandbox sandbox;
    CHECK(listJson(sandbox).isEmpty());

    const CliProcessResult imported =
        sandbox.run({QStringLiteral("asset"), QStringLiteral("import"),
                     example(QStringLiteral("assets.csv")), QStringLiteral("--json")});
    INFO(imported.describe());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().object().value(QStringLiteral("imported")).toInt() == 4);

    const QJsonArray assets = listJson(sandbox);
    CHECK(namesOf(assets) ==
          QStringList{QStringLiteral("Billing service"), QStringLiteral("Clinic EHR"),
                      QStringLiteral("Coding workstations"), QStringLiteral("Referral fax")});
    const QJsonObject ehr = assets.at(1).toObject();
    CHECK(ehr.value(QStringLiteral("kind")).toString() == QStringLiteral("application"));
    const QJsonArray flows = ehr.value(QStringLiteral("data_flows")).toArray();
    REQUIRE(flows.size() == 2);
    CHECK(flows.at(0).toObject().value(QStringLiteral("channel")).toString() ==
          QStringLiteral("VPN"));
    CHECK(flows.at(0).toObject().value(QStringLiteral("encrypted_in_transit")).toBool());

    const CliProcessResult table = sandbox.run({QStringLiteral("asset"), QStringLiteral("list")});
    INFO(table.describe());
    REQUIRE(table.exitCode == 0);
    const QStringList rows = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].startsWith(QStringLiteral("NAME")));
    CHECK(rows[2].startsWith(QStringLiteral("Clinic EHR")));
    CHECK(rows[2].contains(QStringLiteral("Application")));

    const QString csv = sandbox.path(QStringLiteral("assets-out.csv"));
    const CliProcessResult exported =
        sandbox.run({QStringLiteral("asset"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), csv});
    INFO(exported.describe());
    REQUIRE(exported.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFname,kind,location,owner,phi_held,notes,data_flows\r\n"));
    CHECK(bytes.contains("Clinic EHR > Coding workstations via VPN [encrypted]"));

    const QByteArray digest = fileDigest(csv);
    const CliProcessResult refused =
        sandbox.run({QStringLiteral("asset"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("xlsx"), QStringLiteral("--out"), csv});
    CHECK(refused.exitCode == 5);
    CHECK(fileDigest(csv) == digest);

    const QString xlsx = sandbox.path(QStringLiteral("assets.xlsx"));
    const CliProcessResult workbook =
        sandbox.run({QStringLiteral("asset"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    CHECK(workbook.exitCode == 0);
    CHECK(QFileInfo(xlsx).size() > 0);

    // The same names again: every line is a duplicate, so nothing is added.
    const CliProcessResult duplicate =
        sandbox.run({QStringLiteral("asset"), QStringLiteral("import"), csv});
    INFO(duplicate.describe());
    CHECK(duplicate.exitCode == 4);
    CHECK(duplicate.errText().contains(
        QStringLiteral("Line 2: An asset named \"Billing service\" already exists.")));
    CHECK(duplicate.errText().contains(QStringLiteral("Line 5:")));
    CHECK(listJson(sandbox).size() == 4);
}

TEST_CASE("palisade-cli: asset commands have help", "[cli]")
{
    RiskCliSandbox sandbox;
    const CliProcessResult help = sandbox.run({QStringLiteral("asset"), QStringLiteral("--help")});
    INFO(help.describe());
    CHECK(help.exitCode == 0);
    for (const char* verb : {"asset list", "asset import", "asset export"})
        CHECK(help.outText().contains(QString::fromLatin1(verb)));
    const CliProcessResult exportHelp =
        sandbox.run({QStringLiteral("asset"), QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(exportHelp.exitCode == 0);
    CHECK(exportHelp.outText().contains(QStringLiteral("--format csv|xlsx")));
}
