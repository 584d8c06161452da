#include "core/training/PhishingRegister.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/core/training/TrainingRegisterSamples.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

TEST_CASE_METHOD(TrainingFixture, "Phishing campaigns: counts checked, rates over time",
                 "[training][register]")
{
    PhishingCampaign campaign;
    campaign.runOn = QDate(2026, 1, 15);
    campaign.templateName = QStringLiteral("Password expiry");
    campaign.recipients = 40;
    campaign.clicked = 8;
    campaign.reported = 10;
    campaign.trainedAfterClick = 6;
    const PhishingCampaign first = phishing.addCampaign(campaign).value();
    campaign.runOn = QDate(2025, 10, 1);
    campaign.clicked = 0;
    campaign.trainedAfterClick = 0;
    REQUIRE(phishing.addCampaign(campaign).ok());
    PhishingCampaign bad = campaign;
    bad.trainedAfterClick = 1;
    CHECK_FALSE(phishing.addCampaign(bad).ok());

    PhishingCampaign edited = first;
    edited.reported = 20;
    REQUIRE(phishing.updateCampaign(edited).ok());
    const std::vector<PhishingRate> rates = phishing.phishingRates().value();
    REQUIRE(rates.size() == 2);
    CHECK(rates[0].runOn == QDate(2025, 10, 1));
    CHECK(rates[0].clickRate == 0.0);
    CHECK(rates[0].trainedAfterClickRate == 1.0);
    CHECK(rates[1].clickRate == 0.2);
    CHECK(rates[1].reportRate == 0.5);
    CHECK(rates[1].trainedAfterClickRate == 0.75);
}
