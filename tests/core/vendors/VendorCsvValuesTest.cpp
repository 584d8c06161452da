#include "core/vendors/VendorCsvValues.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("Vendor CSV choices accept keys and labels", "[vendors][csv]")
{
    CHECK(VendorCsvValues::relationship(QStringLiteral("Covered Entity We Serve")) ==
          CounterpartyRelationship::CoveredEntity);
    CHECK(VendorCsvValues::relationship(QStringLiteral(" covered-entity ")) ==
          CounterpartyRelationship::CoveredEntity);
    CHECK(VendorCsvValues::relationship(QStringLiteral("OTHER_VENDOR")) ==
          CounterpartyRelationship::OtherVendor);
    CHECK_FALSE(VendorCsvValues::relationship(QStringLiteral("payer")).has_value());
    CHECK(VendorCsvValues::direction(QStringLiteral("Downstream (Our Subcontractor)")) ==
          AgreementDirection::Downstream);
    CHECK(VendorCsvValues::status(QStringLiteral("In Negotiation")) ==
          AgreementStatus::InNegotiation);
    CHECK(VendorCsvValues::disposition(QStringLiteral("protections_extended")) ==
          PhiDisposition::ProtectionsExtended);
    CHECK_FALSE(VendorCsvValues::status(QString()).has_value());

    CHECK(VendorCsvValues::yesNo(QStringLiteral("Yes")) == true);
    CHECK(VendorCsvValues::yesNo(QStringLiteral("FALSE")) == false);
    CHECK(VendorCsvValues::yesNo(QStringLiteral("0")) == false);
    CHECK_FALSE(VendorCsvValues::yesNo(QStringLiteral("maybe")).has_value());
    CHECK_FALSE(VendorCsvValues::yesNo(QString()).has_value());

    CHECK(VendorCsvValues::count(QStringLiteral(" 45 ")) == 45);
    CHECK_FALSE(VendorCsvValues::count(QStringLiteral("4.5")).has_value());
    CHECK_FALSE(VendorCsvValues::count(QStringLiteral("-1")).has_value());
}

TEST_CASE("The contacts cell reads and writes name | role | email | phone", "[vendors][csv]")
{
    const std::vector<Contact> contacts{
        {QStringLiteral("Maria Chen"), QStringLiteral("Privacy Officer"),
         QStringLiteral("privacy@lakeside.example"), QStringLiteral("555-0142")},
        {QStringLiteral("Tom Hale"), QString(), QString(), QStringLiteral("555-0100")},
        {QStringLiteral("Desk"), QStringLiteral("Support"), QString(), QString()},
    };
    const QString text = VendorCsvValues::contactsText(contacts);
    CHECK(text == QStringLiteral("Maria Chen | Privacy Officer | privacy@lakeside.example | "
                                 "555-0142; Tom Hale |  |  | 555-0100; Desk | Support"));
    Result<std::vector<Contact>> read = VendorCsvValues::contacts(text);
    REQUIRE(read.ok());
    CHECK(*read == contacts);

    CHECK(VendorCsvValues::contacts(QStringLiteral(" ; ;"))->empty());
    Result<std::vector<Contact>> tooMany =
        VendorCsvValues::contacts(QStringLiteral("A | B; C | D | e@f.example | 1 | extra"));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().message.startsWith(QStringLiteral("contact 2 (")));
}

TEST_CASE("A checklist cell holds a state and an optional clause", "[vendors][csv]")
{
    const QString key = QStringLiteral("safeguards");
    CHECK(VendorCsvValues::provision(key, QString()) ==
          ProvisionCheck{key, ProvisionState::Unchecked, {}});
    CHECK(VendorCsvValues::provision(key, QStringLiteral("present: §4.2")) ==
          ProvisionCheck{key, ProvisionState::Present, QStringLiteral("§4.2")});
    CHECK(VendorCsvValues::provision(key, QStringLiteral("N/A")) ==
          ProvisionCheck{key, ProvisionState::NotApplicable, {}});
    CHECK(VendorCsvValues::provision(key, QStringLiteral("Not Checked: §9")) ==
          ProvisionCheck{key, ProvisionState::Unchecked, QStringLiteral("§9")});
    CHECK_FALSE(VendorCsvValues::provision(key, QStringLiteral("yes")).has_value());
    CHECK_FALSE(VendorCsvValues::provision(key, QStringLiteral(": §9")).has_value());

    for (const ProvisionCheck& check :
         {ProvisionCheck{key, ProvisionState::Present, QStringLiteral("Exhibit B §2")},
          ProvisionCheck{key, ProvisionState::Missing, {}},
          ProvisionCheck{key, ProvisionState::NotApplicable, QStringLiteral("§1")},
          ProvisionCheck{key, ProvisionState::Unchecked, QStringLiteral("§3")},
          ProvisionCheck{key, ProvisionState::Unchecked, {}}}) {
        CHECK(VendorCsvValues::provision(key, VendorCsvValues::provisionText(check)) == check);
    }
    CHECK(VendorCsvValues::provisionText({key, ProvisionState::NotApplicable, {}}) ==
          QStringLiteral("n/a"));
}
