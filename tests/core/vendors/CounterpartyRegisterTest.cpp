#include "core/vendors/CounterpartyRegister.h"

#include "core/risk/AssetRegister.h"
#include "core/vendors/BaaRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/vendors/VendorSamples.h"
#include "tests/support/TemporaryProgram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

qint64 addAsset(Program& program, const QString& name)
{
    Asset asset;
    asset.name = name;
    asset.kind = AssetKind::CloudService;
    asset.owner = QStringLiteral("Billing manager");
    Result<Asset> added = program.assets().add(asset);
    REQUIRE(added.ok());
    return added->id;
}

} // namespace

TEST_CASE("A counterparty with contacts and linked assets is stored, read back and audited",
          "[vendors][counterparty]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 sftp = addAsset(program, QStringLiteral("Claims SFTP"));
    const qint64 portal = addAsset(program, QStringLiteral("Clinic EHR portal"));

    Counterparty client = clinic();
    client.assetIds = {portal, sftp, portal};
    Result<Counterparty> added = program.counterparties().add(client);
    REQUIRE(added.ok());
    CHECK(added->id > 0);
    CHECK(added->createdAt == fixture.clock().nowUtc());

    Result<Counterparty> read = program.counterparties().counterparty(added->id);
    REQUIRE(read.ok());
    CHECK(read->contacts == client.contacts);
    CHECK(read->assetIds == std::vector<qint64>{sftp, portal});
    CHECK(read->relationship == CounterpartyRelationship::CoveredEntity);

    Counterparty changed = *read;
    changed.contacts.push_back(Contact{QStringLiteral("Sam Ortiz"),
                                       QStringLiteral("Billing lead"),
                                       {},
                                       QStringLiteral("555-0199")});
    changed.assetIds = {sftp};
    REQUIRE(program.counterparties().update(changed).ok());
    CHECK(program.counterparties().counterparty(added->id)->contacts.size() == 2);

    const std::vector<AuditEvent> history = program.counterparties().history(added->id).value();
    REQUIRE(history.size() == 2);
    CHECK(history[0].action == QStringLiteral("created"));
    CHECK(history[1].action == QStringLiteral("updated"));
    const QJsonObject after = QJsonDocument::fromJson(history[1].after).object();
    CHECK(after.value(QStringLiteral("contacts")).toArray().size() == 2);
    CHECK(after.value(QStringLiteral("asset_ids")).toArray().size() == 1);

    // An unchanged save records nothing.
    REQUIRE(
        program.counterparties().update(*program.counterparties().counterparty(added->id)).ok());
    CHECK(program.counterparties().history(added->id)->size() == 2);
}

TEST_CASE("Counterparty rules are checked before anything is stored", "[vendors][counterparty]")
{
    TemporaryProgram fixture;
    CounterpartyRegister& register_ = fixture.program().counterparties();
    REQUIRE(register_.add(clinic()).ok());

    Counterparty same = clinic();
    same.name = QStringLiteral("  LAKESIDE family clinic ");
    Result<Counterparty> duplicate = register_.add(same);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().kind == ErrorKind::Invalid);
    CHECK(duplicate.error().message.contains(QStringLiteral("already exists")));

    Counterparty bad = clearinghouse();
    bad.name.clear();
    bad.phiTypes.clear();
    bad.contacts = {Contact{{}, QStringLiteral("IT"), QStringLiteral("not-an-email"), {}}};
    bad.assetIds = {999};
    const QStringList problems = register_.problems(bad);
    CHECK(problems.size() == 5);
    CHECK(problems.join(QLatin1Char('\n'))
              .contains(QStringLiteral("\"not-an-email\" is not an email")));
    CHECK(problems.join(QLatin1Char('\n'))
              .contains(QStringLiteral("Linked asset 999 does not exist")));

    // A vendor that holds no PHI need not say which PHI it holds.
    Counterparty shredder;
    shredder.name = QStringLiteral("Shred Right");
    shredder.relationship = CounterpartyRelationship::OtherVendor;
    shredder.sharesPhi = false;
    CHECK(register_.problems(shredder).isEmpty());
}

TEST_CASE("Importing counterparties is all or nothing", "[vendors][counterparty]")
{
    TemporaryProgram fixture;
    CounterpartyRegister& register_ = fixture.program().counterparties();
    Counterparty broken = clearinghouse();
    broken.phiTypes.clear();
    Result<std::vector<Counterparty>> refused = register_.addAll({clinic(), broken, clinic()});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Counterparty 2: Say which PHI")));
    CHECK(refused.error().message.contains(QStringLiteral("Counterparty 3: The name")));
    CHECK(register_.counterparties()->empty());

    REQUIRE(register_.addAll({clinic(), clearinghouse()}).ok());
    CHECK(register_.counterparties()->size() == 2);
    CHECK(fixture.program().auditTrail().count() >= 2);
}

TEST_CASE("A counterparty with agreements and an asset it names are kept",
          "[vendors][counterparty]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 sftp = addAsset(program, QStringLiteral("Claims SFTP"));
    Counterparty sub = clearinghouse();
    sub.assetIds = {sftp};
    const qint64 subId = program.counterparties().add(sub)->id;
    const qint64 clientId = program.counterparties().add(clinic())->id;
    REQUIRE(program.baas().add(activeAgreement(clientId, AgreementDirection::Upstream)).ok());

    Result<void> refused = program.counterparties().remove(clientId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(
        QStringLiteral("kept while one of its agreements is active, and for six years after")));
    CHECK(program.counterparties().counterparty(clientId).ok());

    Result<void> assetRefused = program.assets().remove(sftp);
    REQUIRE_FALSE(assetRefused.ok());
    CHECK(assetRefused.error().message.contains(QStringLiteral("linked to 1 counterparty")));

    REQUIRE(program.counterparties().remove(subId).ok());
    CHECK_FALSE(program.counterparties().counterparty(subId).ok());
    CHECK(program.counterparties().history(subId)->back().action == QStringLiteral("deleted"));
    CHECK(program.assets().remove(sftp).ok());
}
