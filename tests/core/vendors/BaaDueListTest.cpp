#include "core/vendors/BaaDueList.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/core/vendors/VendorSamples.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QDate today(2026, 3, 1);

struct Inventory
{
    std::vector<Counterparty> counterparties;
    std::vector<Agreement> agreements;

    Inventory()
    {
        Counterparty client = clinic();
        client.id = 1;
        Counterparty sub = clearinghouse();
        sub.id = 2;
        counterparties = {client, sub};
        agreements.reserve(8); // tests hold references to added agreements
    }

    Agreement& add(Agreement agreement)
    {
        agreement.id = qint64(agreements.size()) + 1;
        agreements.push_back(agreement);
        return agreements.back();
    }

    std::vector<BaaDueItem> due(const QDate& day = today) const
    {
        return BaaDueList(counterparties, agreements).asOf(day);
    }

    std::vector<BaaDueItem> due(BaaDueItem::Kind kind, const QDate& day = today) const
    {
        std::vector<BaaDueItem> all = due(day);
        std::erase_if(all, [&](const BaaDueItem& item) { return item.kind != kind; });
        return all;
    }
};

} // namespace

TEST_CASE("A review is listed from 30 days ahead and is overdue only after its day",
          "[vendors][due]")
{
    Inventory inventory;
    Agreement& agreement = inventory.add(activeAgreement(1, AgreementDirection::Upstream));
    inventory.add(activeAgreement(2, AgreementDirection::Downstream));

    agreement.nextReviewOn = today.addDays(31);
    CHECK(inventory.due(BaaDueItem::Kind::ReviewDue).empty());

    agreement.nextReviewOn = today.addDays(30);
    std::vector<BaaDueItem> items = inventory.due(BaaDueItem::Kind::ReviewDue);
    REQUIRE(items.size() == 1);
    CHECK_FALSE(items[0].overdue);
    CHECK(items[0].agreementId == agreement.id);
    CHECK(items[0].date == today.addDays(30));
    CHECK(items[0].message.contains(QStringLiteral("in 30 day")));

    agreement.nextReviewOn = today;
    items = inventory.due(BaaDueItem::Kind::ReviewDue);
    REQUIRE(items.size() == 1);
    CHECK_FALSE(items[0].overdue);

    agreement.nextReviewOn = today.addDays(-1);
    items = inventory.due(BaaDueItem::Kind::ReviewDue);
    REQUIRE(items.size() == 1);
    CHECK(items[0].overdue);
    CHECK(items[0].message.contains(QStringLiteral("overdue")));

    // Only an active agreement is reviewed.
    agreement.status = AgreementStatus::Terminated;
    agreement.terminatedOn = today.addDays(-10);
    CHECK(inventory.due(BaaDueItem::Kind::ReviewDue).empty());
}

TEST_CASE("Expiry is listed from 60 days ahead and an active agreement past it is expired",
          "[vendors][due]")
{
    Inventory inventory;
    inventory.counterparties[1].sharesPhi = false;
    Agreement& agreement = inventory.add(activeAgreement(1, AgreementDirection::Upstream));

    agreement.expiresOn = today.addDays(61);
    CHECK(inventory.due(BaaDueItem::Kind::Expiring).empty());

    agreement.expiresOn = today.addDays(60);
    std::vector<BaaDueItem> items = inventory.due(BaaDueItem::Kind::Expiring);
    REQUIRE(items.size() == 1);
    CHECK_FALSE(items[0].overdue);
    CHECK(items[0].date == today.addDays(60));

    // The last day is still in effect.
    agreement.expiresOn = today;
    CHECK(inventory.due(BaaDueItem::Kind::Expiring).size() == 1);
    CHECK(inventory.due(BaaDueItem::Kind::Expired).empty());
    CHECK(inventory.due(BaaDueItem::Kind::NoAgreementInEffect).empty());

    agreement.expiresOn = today.addDays(-1);
    CHECK(inventory.due(BaaDueItem::Kind::Expiring).empty());
    items = inventory.due(BaaDueItem::Kind::Expired);
    REQUIRE(items.size() == 1);
    CHECK(items[0].overdue);
    // With its only agreement lapsed, the clinic's PHI is shared without a BAA.
    items = inventory.due(BaaDueItem::Kind::NoAgreementInEffect);
    REQUIRE(items.size() == 1);
    CHECK(items[0].counterpartyId == 1);

    agreement.evergreen = true;
    agreement.expiresOn = {};
    CHECK(inventory.due(BaaDueItem::Kind::Expiring).empty());
    CHECK(inventory.due(BaaDueItem::Kind::Expired).empty());
}

TEST_CASE("Counterparties sharing PHI need an agreement in effect on the day", "[vendors][due]")
{
    Inventory inventory;
    inventory.counterparties[1].sharesPhi = false;
    std::vector<BaaDueItem> items = inventory.due(BaaDueItem::Kind::NoAgreementInEffect);
    REQUIRE(items.size() == 1);
    CHECK(items[0].counterpartyId == 1);
    CHECK(items[0].agreementId == 0);
    CHECK(items[0].overdue);
    CHECK(items[0].message.contains(QStringLiteral("Lakeside Family Clinic")));

    Agreement& agreement =
        inventory.add(activeAgreement(1, AgreementDirection::Upstream, today.addDays(1)));
    CHECK(inventory.due(BaaDueItem::Kind::NoAgreementInEffect).size() == 1);
    CHECK(inventory.due(BaaDueItem::Kind::NoAgreementInEffect, today.addDays(1)).empty());

    agreement.effectiveOn = today;
    agreement.signedOn = today.addDays(-1);
    CHECK(inventory.due(BaaDueItem::Kind::NoAgreementInEffect).empty());

    // An unsigned agreement does not cover anyone.
    agreement.status = AgreementStatus::InNegotiation;
    CHECK(inventory.due(BaaDueItem::Kind::NoAgreementInEffect).size() == 1);

    // Terminated yesterday: in effect up to and including its termination day.
    agreement.status = AgreementStatus::Terminated;
    agreement.effectiveOn = today.addYears(-1);
    agreement.terminatedOn = today.addDays(-1);
    CHECK(inventory.due(BaaDueItem::Kind::NoAgreementInEffect, today.addDays(-1)).empty());
    CHECK(inventory.due(BaaDueItem::Kind::NoAgreementInEffect).size() == 1);
}

TEST_CASE("Missing or unchecked provisions are listed while the agreement is open",
          "[vendors][due]")
{
    Inventory inventory;
    Agreement& agreement = inventory.add(activeAgreement(1, AgreementDirection::Upstream));
    CHECK(inventory.due(BaaDueItem::Kind::MissingProvisions).empty());

    agreement.provisions[3].state = ProvisionState::NotApplicable;
    CHECK(inventory.due(BaaDueItem::Kind::MissingProvisions).empty());

    agreement.provisions[9].state = ProvisionState::Missing;
    agreement.provisions[10].state = ProvisionState::Unchecked;
    std::vector<BaaDueItem> items = inventory.due(BaaDueItem::Kind::MissingProvisions);
    REQUIRE(items.size() == 1);
    CHECK(items[0].overdue);
    CHECK(items[0].message.contains(QStringLiteral("1 required provision")));
    CHECK(items[0].message.contains(QStringLiteral("1 not yet checked")));
    CHECK(items[0].message.contains(QStringLiteral("12 of 14 present (85%)")));

    // Under negotiation it is listed, as work to do rather than a finding.
    agreement.status = AgreementStatus::InNegotiation;
    items = inventory.due(BaaDueItem::Kind::MissingProvisions);
    REQUIRE(items.size() == 1);
    CHECK_FALSE(items[0].overdue);

    agreement.status = AgreementStatus::Terminated;
    agreement.terminatedOn = today.addDays(-5);
    CHECK(inventory.due(BaaDueItem::Kind::MissingProvisions).empty());
}

TEST_CASE("A subcontractor given longer to report than we are is flagged", "[vendors][due]")
{
    Inventory inventory;
    Agreement& upstream = inventory.add(activeAgreement(1, AgreementDirection::Upstream));
    upstream.breachNoticeDays = 10;
    upstream.incidentReportDays = 5;
    Agreement& downstream = inventory.add(activeAgreement(2, AgreementDirection::Downstream));
    downstream.breachNoticeDays = 10;
    downstream.incidentReportDays = 5;
    CHECK(inventory.due(BaaDueItem::Kind::NoticeLongerThanUpstream).empty());

    inventory.agreements[1].breachNoticeDays = 30;
    std::vector<BaaDueItem> items = inventory.due(BaaDueItem::Kind::NoticeLongerThanUpstream);
    REQUIRE(items.size() == 1);
    CHECK(items[0].agreementId == 2);
    CHECK(items[0].overdue);
    CHECK(items[0].message.contains(
        QStringLiteral("breach notice in 30 days, but BAA-0001 requires 10")));
    CHECK_FALSE(items[0].message.contains(QStringLiteral("incident report")));

    // Naming the upstream agreements it flows from limits the comparison to them.
    Agreement lenient = activeAgreement(1, AgreementDirection::Upstream);
    lenient.breachNoticeDays = 45;
    inventory.add(lenient);
    inventory.agreements[1].flowsDownFrom = {3};
    CHECK(inventory.due(BaaDueItem::Kind::NoticeLongerThanUpstream).empty());
    inventory.agreements[1].flowsDownFrom = {1, 3};
    CHECK(inventory.due(BaaDueItem::Kind::NoticeLongerThanUpstream).size() == 1);
}

TEST_CASE("The due list puts findings first, then the nearest dates", "[vendors][due]")
{
    Inventory inventory;
    Agreement& first = inventory.add(activeAgreement(1, AgreementDirection::Upstream));
    first.nextReviewOn = today.addDays(20);
    first.expiresOn = today.addDays(10);
    Agreement& second = inventory.add(activeAgreement(2, AgreementDirection::Downstream));
    second.nextReviewOn = today.addDays(-3);

    const std::vector<BaaDueItem> items = inventory.due();
    REQUIRE(items.size() == 3);
    CHECK(items[0].kind == BaaDueItem::Kind::ReviewDue);
    CHECK(items[0].overdue);
    CHECK(items[1].kind == BaaDueItem::Kind::Expiring);
    CHECK(items[2].kind == BaaDueItem::Kind::ReviewDue);
    CHECK(items[2].date == today.addDays(20));
    CHECK(items[1].subject ==
          QStringLiteral("BAA-0001 Coding services BAA (Lakeside Family Clinic)"));
    CHECK(items[0].subject == QStringLiteral("BAA-0002 Clearinghouse subcontractor BAA "
                                             "(Northgate Claims Exchange)"));

    inventory.agreements[0].title = QStringLiteral("BAA with LAKESIDE FAMILY CLINIC");
    CHECK(inventory.due()[1].subject == QStringLiteral("BAA-0001 BAA with LAKESIDE FAMILY CLINIC"));
}
