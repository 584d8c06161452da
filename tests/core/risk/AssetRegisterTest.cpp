#include "core/risk/AssetRegister.h"

#include "core/audit/AuditTrail.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/TemporaryProgram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using palisade::test::TemporaryProgram;

namespace {

Asset clearinghouse()
{
    Asset asset;
    asset.name = QStringLiteral("Clearinghouse SFTP");
    asset.kind = AssetKind::CloudService;
    asset.owner = QStringLiteral("Billing manager");
    asset.location = QStringLiteral("Vendor-hosted");
    asset.phiHeld = QStringLiteral("837 claim files, 835 remittances");
    asset.dataFlows = {
        DataFlow{QStringLiteral("Practice-management system"), QStringLiteral("Clearinghouse"),
                 QStringLiteral("SFTP"), true},
        DataFlow{QStringLiteral("Clearinghouse"), QStringLiteral("Payers"), QStringLiteral("EDI"), true},
    };
    return asset;
}

} // namespace

TEST_CASE("An asset with its data flows is stored, read back and audited", "[risk][asset]")
{
    TemporaryProgram fixture;
    AssetRegister& assets = fixture.program().assets();
    Result<Asset> added = assets.add(clearinghouse());
    REQUIRE(added.ok());
    Result<Asset> read = assets.asset(added->id);
    REQUIRE(read.ok());
    CHECK(read->dataFlows == clearinghouse().dataFlows);
    CHECK(read->phiHeld == clearinghouse().phiHeld);

    Asset changed = *read;
    changed.dataFlows.pop_back();
    changed.dataFlows[0].encryptedInTransit = false;
    REQUIRE(assets.update(changed).ok());
    CHECK(assets.asset(added->id)->dataFlows == changed.dataFlows);

    const std::vector<AuditEvent> history = assets.history(added->id).value();
    REQUIRE(history.size() == 2);
    const QJsonObject after = QJsonDocument::fromJson(history[1].after).object();
    CHECK(after.value(QStringLiteral("data_flows")).toArray().size() == 1);
    const QJsonObject before = QJsonDocument::fromJson(history[1].before).object();
    CHECK(before.value(QStringLiteral("data_flows")).toArray().size() == 2);
}

TEST_CASE("Asset names are unique regardless of case and flows need both ends", "[risk][asset]")
{
    TemporaryProgram fixture;
    AssetRegister& assets = fixture.program().assets();
    REQUIRE(assets.add(clearinghouse()).ok());

    Asset twin = clearinghouse();
    twin.name = QStringLiteral("  clearinghouse sftp ");
    Result<Asset> refused = assets.add(twin);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("already exists")));

    Asset broken = clearinghouse();
    broken.name = QStringLiteral("Fax server");
    broken.dataFlows = {DataFlow{QStringLiteral("Clinic"), QString(), QStringLiteral("fax"), false}};
    const QStringList problems = assets.problems(broken);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("Data flow 1")));
}

TEST_CASE("Importing assets refuses duplicates within the batch and writes nothing", "[risk][asset]")
{
    TemporaryProgram fixture;
    AssetRegister& assets = fixture.program().assets();
    Asset a = clearinghouse();
    Asset b = clearinghouse();
    b.name = QStringLiteral("CLEARINGHOUSE SFTP");
    Result<std::vector<Asset>> refused = assets.addAll({a, b});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Asset 2:")));
    CHECK(assets.assets()->empty());
}

TEST_CASE("An unlinked asset can be deleted and the deletion keeps its last state", "[risk][asset]")
{
    TemporaryProgram fixture;
    AssetRegister& assets = fixture.program().assets();
    const qint64 id = assets.add(clearinghouse())->id;
    REQUIRE(assets.remove(id).ok());
    CHECK(assets.assets()->empty());
    const std::vector<AuditEvent> history = assets.history(id).value();
    REQUIRE(history.size() == 2);
    CHECK(history[1].action == QStringLiteral("deleted"));
    CHECK(QJsonDocument::fromJson(history[1].before).object().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Clearinghouse SFTP"));
}
