#include "core/vendors/CounterpartyCsvImporter.h"

#include "core/audit/AuditTrail.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/vendors/VendorCsvExamples.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QString header =
    QStringLiteral("name,relationship,services,phi_types,shares_phi,contacts,assets,notes");

void addAsset(Program& program, const QString& name)
{
    Asset asset;
    asset.name = name;
    asset.kind = AssetKind::CloudService;
    asset.owner = QStringLiteral("Dana Whitfield");
    REQUIRE(program.assets().add(asset).ok());
}

} // namespace

TEST_CASE("The counterparties example of the documentation imports", "[vendors][csv]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    importVendorExamples(program, false);

    Result<std::vector<Counterparty>> stored = program.counterparties().counterparties();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 7);

    const Counterparty lakeside =
        counterpartyNamed(program, QStringLiteral("Lakeside Family Clinic"));
    CHECK(lakeside.relationship == CounterpartyRelationship::CoveredEntity);
    CHECK(lakeside.sharesPhi);
    CHECK(lakeside.phiTypes ==
          QStringLiteral("Demographics, diagnoses, procedure codes, insurance numbers"));
    REQUIRE(lakeside.contacts.size() == 2);
    CHECK(lakeside.contacts[0] ==
          Contact{QStringLiteral("Maria Chen"), QStringLiteral("Privacy Officer"),
                  QStringLiteral("privacy@lakesideclinic.example"), QStringLiteral("555-0142")});
    CHECK(lakeside.contacts[1] ==
          Contact{QStringLiteral("Tom Hale"), QStringLiteral("Practice Manager"),
                  QStringLiteral("tom.hale@lakesideclinic.example"), QString()});
    std::vector<qint64> expectedAssets{
        assetIdNamed(program, QStringLiteral("Clinic EHR")),
        assetIdNamed(program, QStringLiteral("Coding workstations"))};
    std::sort(expectedAssets.begin(), expectedAssets.end());
    CHECK(lakeside.assetIds == expectedAssets);

    CHECK(counterpartyNamed(program, QStringLiteral("Northfield Pediatrics")).relationship ==
          CounterpartyRelationship::CoveredEntity);
    const Counterparty clearinghouse =
        counterpartyNamed(program, QStringLiteral("ClearPath Claims Exchange"));
    CHECK(clearinghouse.relationship == CounterpartyRelationship::Subcontractor);
    CHECK(clearinghouse.contacts.size() == 2);
    const Counterparty shredder =
        counterpartyNamed(program, QStringLiteral("ShredRight Document Services"));
    CHECK(shredder.relationship == CounterpartyRelationship::OtherVendor);
    CHECK_FALSE(shredder.sharesPhi);
    REQUIRE(shredder.contacts.size() == 1);
    CHECK(shredder.contacts[0].email.isEmpty());
    CHECK(shredder.contacts[0].phone == QStringLiteral("555-0163"));
    CHECK(shredder.notes.contains(QStringLiteral("no PHI is disclosed")));

    AuditQuery imported;
    imported.entity = QStringLiteral("counterparty");
    imported.action = QStringLiteral("imported");
    CHECK(program.auditTrail().events(imported).size() == 7);
}

TEST_CASE("Counterparty rows with problems import nothing and name every line", "[vendors][csv]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    addAsset(program, QStringLiteral("Billing service"));
    Counterparty existing;
    existing.name = QStringLiteral("Lakeside Family Clinic");
    existing.phiTypes = QStringLiteral("Claims");
    REQUIRE(program.counterparties().add(existing).ok());
    const qint64 eventsBefore = program.auditTrail().count();

    CounterpartyCsvImporter importer(program.counterparties(), program.assets());
    Result<ImportReport> report = importer.importData(csvLines({
        header,
        QStringLiteral("Good Clinic,covered_entity,Coding,Claims,yes,,Billing service,"),
        QStringLiteral("Bad Kind,Payer,Coding,Claims,yes,,,"),
        QStringLiteral(
            "Unknown Asset,subcontractor,Hosting,Claims,yes,,Billing service; Mainframe,"),
        QStringLiteral("Odd Flag,subcontractor,Hosting,Claims,maybe,,,"),
        QStringLiteral("Bad Mail,subcontractor,Hosting,Claims,yes,Ann | CISO | ann-at-example,,"),
        QStringLiteral("Too Many,subcontractor,Hosting,Claims,yes,A | B | a@b.example | 1 | 2,,"),
        QStringLiteral("lakeside family clinic,covered_entity,Coding,Claims,yes,,,"),
        QStringLiteral("Good clinic,covered_entity,Coding,Claims,yes,,,"),
        QStringLiteral("No Phi Types,subcontractor,Hosting,,yes,,,"),
        QStringLiteral("Fine Vendor,other_vendor,Shredding,,no,,,"),
    }));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Invalid);
    const QStringList lines = report.error().message.split(QLatin1Char('\n'));
    INFO(report.error().message.toStdString());
    CHECK(lines.first() == QStringLiteral("Nothing was imported: 8 row(s) have problems."));
    CHECK(lines.at(1).startsWith(
        QStringLiteral("Line 3: relationship \"Payer\" is not a relationship; use covered_entity, "
                       "subcontractor, other_vendor")));
    CHECK(lines.at(2) ==
          QStringLiteral("Line 4: assets: there is no asset named \"Mainframe\"; add "
                         "or import the asset first, or correct the name."));
    CHECK(lines.at(3).startsWith(QStringLiteral("Line 5: shares_phi \"maybe\" is not yes or no")));
    CHECK(lines.at(4) ==
          QStringLiteral("Line 6: Contact 1: \"ann-at-example\" is not an email address."));
    CHECK(lines.at(5).startsWith(QStringLiteral("Line 7: contacts: contact 1 (")));
    CHECK(
        lines.at(6) ==
        QStringLiteral("Line 8: A counterparty named \"lakeside family clinic\" already exists."));
    CHECK(lines.at(7) ==
          QStringLiteral("Line 9: the name \"Good clinic\" is already used on line 2."));
    CHECK(lines.at(8).startsWith(QStringLiteral("Line 10: Say which PHI is shared")));
    CHECK(lines.size() == 9);

    CHECK(program.counterparties().counterparties()->size() == 1);
    CHECK(program.auditTrail().count() == eventsBefore);
}

TEST_CASE("A counterparty file with a wrong header is refused naming the columns", "[vendors][csv]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    CounterpartyCsvImporter importer(program.counterparties(), program.assets());

    Result<ImportReport> missing = importer.importData(
        csvLines({QStringLiteral("name,services,colour"), QStringLiteral("Acme,Hosting,red")}));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::Invalid);
    INFO(missing.error().message.toStdString());
    CHECK(missing.error().message.contains(QStringLiteral("relationship")));
    CHECK(missing.error().message.contains(QStringLiteral("colour")));

    Result<ImportReport> empty = importer.importData(csvLines({header}));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("no counterparties")));

    // Names of the columns are read as spreadsheets write them.
    Result<std::vector<Counterparty>> relaxed = importer.readData(
        csvLines({QStringLiteral("Name;Relationship;Shares PHI;PHI-types"),
                  QStringLiteral("Acme Hosting;Subcontractor We Use;TRUE;Claims")}));
    INFO(describe(relaxed));
    REQUIRE(relaxed.ok());
    REQUIRE(relaxed->size() == 1);
    CHECK(relaxed->front().relationship == CounterpartyRelationship::Subcontractor);
    CHECK(program.counterparties().counterparties()->empty());
}
