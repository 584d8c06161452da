#include "core/incidents/BreachNotificationRules.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

Incident breach(const QDate& discovered, std::vector<JurisdictionCount> affected = {})
{
    Incident incident;
    incident.title = QStringLiteral("Misdirected remittance file");
    incident.discoveredOn = discovered;
    incident.affected = std::move(affected);
    return incident;
}

BreachAssessment assessed(bool lowProbability)
{
    BreachAssessment assessment;
    for (BreachAssessment::Answer& answer : assessment.answers) {
        answer.rating = lowProbability ? FactorRating::Low : FactorRating::High;
        answer.narrative = QStringLiteral("Considered.");
    }
    assessment.lowProbability = lowProbability;
    assessment.assessedBy = QStringLiteral("Dana Whitfield");
    assessment.assessedOn = QDate(2026, 3, 4);
    return assessment;
}

StateNotificationRule florida()
{
    StateNotificationRule rule;
    rule.jurisdiction = QStringLiteral("FL");
    rule.authority = QStringLiteral("Florida Department of Legal Affairs");
    rule.minimumResidents = 500;
    rule.days = 30;
    rule.citation = QStringLiteral("Fla. Stat. 501.171(3)");
    return rule;
}

const RequiredNotification* find(const std::vector<RequiredNotification>& notices,
                                 const QString& key)
{
    for (const RequiredNotification& notice : notices) {
        if (notice.key() == key)
            return &notice;
    }
    return nullptr;
}

QStringList keys(const std::vector<RequiredNotification>& notices)
{
    QStringList out;
    for (const RequiredNotification& notice : notices)
        out << notice.key();
    return out;
}

} // namespace

TEST_CASE("Breach statuses and recipients keep their keys", "[incidents]")
{
    for (BreachStatus status : allBreachStatuss()) {
        CHECK(breachStatusFromKey(breachStatusKey(status)) == status);
        CHECK_FALSE(breachStatusLabel(status).isEmpty());
    }
    for (NotificationRecipient recipient : allNotificationRecipients())
        CHECK(notificationRecipientFromKey(notificationRecipientKey(recipient)) == recipient);
    for (IncidentKind kind : allIncidentKinds())
        CHECK(incidentKindFromKey(incidentKindKey(kind)) == kind);
    CHECK(incidentKindKey(IncidentKind::LostOrStolenDevice) ==
          QStringLiteral("lost_or_stolen_device"));
    CHECK_FALSE(factorRatingFromKey(QStringLiteral("severe")).has_value());
    CHECK(incidentReference(7) == QStringLiteral("INC-0007"));
}

TEST_CASE("An incident is presumed a breach until a documented assessment shows otherwise",
          "[incidents][breach]")
{
    Incident incident = breach(QDate(2026, 3, 2), {{QStringLiteral("GA"), 12}});
    CHECK(BreachNotificationRules::status(incident) == BreachStatus::PresumedBreach);
    // Presumed: every notice is owed already.
    CHECK(keys(BreachNotificationRules::required(incident, {}, {})) ==
          QStringList{QStringLiteral("individuals"), QStringLiteral("hhs")});

    incident.assessment = assessed(false);
    CHECK(BreachNotificationRules::status(incident) == BreachStatus::Breach);
    CHECK(BreachNotificationRules::required(incident, {}, {}).size() == 2);

    incident.assessment = assessed(true);
    CHECK(BreachNotificationRules::status(incident) == BreachStatus::LowProbability);
    CHECK(BreachNotificationRules::required(incident, {}, {}).empty());

    // Without a discovery date no clock can run.
    Incident undated = breach({}, {{QStringLiteral("GA"), 12}});
    CHECK(BreachNotificationRules::required(undated, {}, {}).empty());
}

TEST_CASE("Secured PHI is not a reportable breach, whatever the assessment says",
          "[incidents][breach]")
{
    Incident incident = breach(QDate(2026, 3, 2), {{QStringLiteral("FL"), 4000}});
    incident.phiSecured = true;
    incident.securedBasis = QStringLiteral("Laptop disk encrypted with AES-256; key not on it.");
    CHECK(BreachNotificationRules::status(incident) == BreachStatus::SecuredPhi);
    CHECK_FALSE(BreachNotificationRules::isReportable(BreachStatus::SecuredPhi));
    CHECK(BreachNotificationRules::required(incident, {}, {florida()}).empty());
    incident.assessment = assessed(false);
    CHECK(BreachNotificationRules::status(incident) == BreachStatus::SecuredPhi);
    CHECK(BreachNotificationRules::required(incident, {}, {florida()}).empty());
}

TEST_CASE("Individuals are due 60 calendar days after discovery", "[incidents][breach]")
{
    const auto due = [](const QDate& discovered) {
        const auto notices = BreachNotificationRules::required(breach(discovered), {}, {});
        const RequiredNotification* individuals = find(notices, QStringLiteral("individuals"));
        REQUIRE(individuals != nullptr);
        return individuals->dueOn;
    };
    CHECK(due(QDate(2026, 3, 1)) == QDate(2026, 4, 30));
    // Across a leap day, and not across one.
    CHECK(due(QDate(2024, 1, 15)) == QDate(2024, 3, 15));
    CHECK(due(QDate(2025, 1, 15)) == QDate(2025, 3, 16));
    // Discovered on 31 December: due in the next year.
    CHECK(due(QDate(2026, 12, 31)) == QDate(2027, 3, 1));
}

TEST_CASE("Media notice needs more than 500 residents of one State", "[incidents][breach]")
{
    const QDate discovered(2026, 5, 4);
    auto notices = BreachNotificationRules::required(
        breach(discovered, {{QStringLiteral("GA"), 500}, {QStringLiteral("TN"), 300}}), {}, {});
    CHECK(find(notices, QStringLiteral("media:GA")) == nullptr);

    notices = BreachNotificationRules::required(
        breach(discovered, {{QStringLiteral("GA"), 501}, {QStringLiteral("TN"), 300}}), {}, {});
    const RequiredNotification* media = find(notices, QStringLiteral("media:GA"));
    REQUIRE(media != nullptr);
    CHECK(media->dueOn == QDate(2026, 7, 3));
    CHECK(media->jurisdiction == QStringLiteral("GA"));
    CHECK(media->basis.contains(QStringLiteral("164.406")));
    CHECK(find(notices, QStringLiteral("media:TN")) == nullptr);

    // 800 in total but no State above 500: no media notice, HHS at once.
    notices = BreachNotificationRules::required(
        breach(discovered, {{QStringLiteral("GA"), 400}, {QStringLiteral("TN"), 400}}), {}, {});
    CHECK(keys(notices) == QStringList{QStringLiteral("individuals"), QStringLiteral("hhs")});
}

TEST_CASE("HHS is told at once from 500 in total; below, on the annual log", "[incidents][breach]")
{
    const QDate discovered(2026, 5, 4);
    auto notices = BreachNotificationRules::required(
        breach(discovered, {{QStringLiteral("GA"), 250}, {QStringLiteral("TN"), 250}}), {}, {});
    const RequiredNotification* hhs = find(notices, QStringLiteral("hhs"));
    REQUIRE(hhs != nullptr);
    CHECK_FALSE(hhs->annualLog);
    CHECK(hhs->dueOn == QDate(2026, 7, 3));

    notices = BreachNotificationRules::required(
        breach(discovered, {{QStringLiteral("GA"), 250}, {QStringLiteral("TN"), 249}}), {}, {});
    hhs = find(notices, QStringLiteral("hhs"));
    REQUIRE(hhs != nullptr);
    CHECK(hhs->annualLog);
    CHECK(hhs->dueOn == QDate(2027, 3, 1));
    CHECK(hhs->basis.contains(QStringLiteral("164.408(c)")));
    // The list runs by due date: the annual log comes last.
    CHECK(notices.back().key() == QStringLiteral("hhs"));
}

TEST_CASE("The annual log is due 60 days after the year of discovery ends, 29 February in a "
          "leap year",
          "[incidents][breach]")
{
    CHECK(BreachNotificationRules::annualLogDue(2026) == QDate(2027, 3, 1));
    CHECK(BreachNotificationRules::annualLogDue(2027) == QDate(2028, 2, 29));
    // Discovered on 31 December: still that year's log.
    const auto notices = BreachNotificationRules::required(
        breach(QDate(2027, 12, 31), {{QStringLiteral("GA"), 3}}), {}, {});
    const RequiredNotification* hhs = find(notices, QStringLiteral("hhs"));
    REQUIRE(hhs != nullptr);
    CHECK(hhs->dueOn == QDate(2028, 2, 29));
    CHECK(find(notices, QStringLiteral("individuals"))->dueOn == QDate(2028, 2, 29));
}

TEST_CASE("A business associate notifies the covered entity within the BAA's shorter period",
          "[incidents][breach]")
{
    Incident incident = breach(QDate(2026, 3, 2), {{QStringLiteral("FL"), 900}});
    incident.coveredEntityIds = {12, 15};
    const std::vector<CoveredEntityTerms> terms{
        {12, QStringLiteral("Lakeside Family Clinic"), 10, QStringLiteral("BAA-0001")},
        {15, QStringLiteral("Harbor Orthopedic Associates"), 90, QStringLiteral("BAA-0002")},
    };
    auto notices = BreachNotificationRules::required(incident, terms, {florida()});
    // The covered entities notify individuals, HHS, the media and the State.
    REQUIRE(keys(notices) ==
            QStringList{QStringLiteral("covered_entity:12"), QStringLiteral("covered_entity:15")});
    CHECK(notices[0].dueOn == QDate(2026, 3, 12));
    CHECK(notices[0].recipientName == QStringLiteral("Lakeside Family Clinic"));
    CHECK(notices[0].basis.contains(QStringLiteral("BAA-0001")));
    // A longer period in the agreement does not extend the 60 days of the rule.
    CHECK(notices[1].dueOn == QDate(2026, 5, 1));
    CHECK(notices[1].basis.contains(QStringLiteral("164.410")));

    // A covered entity with no agreement in effect: 60 days.
    incident.coveredEntityIds = {20};
    notices = BreachNotificationRules::required(incident, terms, {});
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].dueOn == QDate(2026, 5, 1));

    // When the agreement hands the other notices to us, they are ours too.
    incident.coveredEntityIds = {12};
    incident.notifiesForCoveredEntity = true;
    notices = BreachNotificationRules::required(incident, terms, {florida()});
    CHECK(keys(notices) == QStringList{QStringLiteral("covered_entity:12"),
                                       QStringLiteral("state_authority:FL"),
                                       QStringLiteral("individuals"), QStringLiteral("hhs"),
                                       QStringLiteral("media:FL")});
}

TEST_CASE("State rules apply from their minimum number of residents, with their own clocks",
          "[incidents][breach]")
{
    const QDate discovered(2026, 3, 2);
    auto notices = BreachNotificationRules::required(
        breach(discovered, {{QStringLiteral("FL"), 499}}), {}, {florida()});
    CHECK(find(notices, QStringLiteral("state_authority:FL")) == nullptr);

    notices = BreachNotificationRules::required(breach(discovered, {{QStringLiteral("FL"), 500}}),
                                                {}, {florida()});
    const RequiredNotification* state = find(notices, QStringLiteral("state_authority:FL"));
    REQUIRE(state != nullptr);
    CHECK(state->dueOn == QDate(2026, 4, 1));
    CHECK(state->recipientName == QStringLiteral("Florida Department of Legal Affairs"));
    CHECK(state->basis.contains(QStringLiteral("Fla. Stat. 501.171(3)")));
    // Exactly 500 Floridians: the State and HHS at once, but no media notice.
    CHECK(find(notices, QStringLiteral("media:FL")) == nullptr);
    CHECK_FALSE(find(notices, QStringLiteral("hhs"))->annualLog);
    // The 30-day State notice comes before the 60-day ones.
    CHECK(notices.front().key() == QStringLiteral("state_authority:FL"));

    // A rule for another State does not apply.
    StateNotificationRule other = florida();
    other.jurisdiction = QStringLiteral("TX");
    notices = BreachNotificationRules::required(breach(discovered, {{QStringLiteral("FL"), 800}}),
                                                {}, {other});
    CHECK(find(notices, QStringLiteral("state_authority:TX")) == nullptr);
}
