#include "core/incidents/IncidentRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/incidents/IncidentSamples.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QStringList keysOf(const std::vector<IncidentDeadline>& deadlines, qint64 incidentId)
{
    QStringList out;
    for (const IncidentDeadline& each : deadlines) {
        if (each.incidentId == incidentId)
            out << each.notice.key();
    }
    return out;
}

const IncidentDeadline* find(const std::vector<IncidentDeadline>& deadlines, qint64 incidentId,
                             const QString& key)
{
    for (const IncidentDeadline& each : deadlines) {
        if (each.incidentId == incidentId && each.notice.key() == key)
            return &each;
    }
    return nullptr;
}

} // namespace

TEST_CASE_METHOD(IncidentFixture,
                 "A covered entity's notice follows the BAA in effect on the discovery date",
                 "[incidents][deadlines]")
{
    const qint64 clinicId = clinicWithAgreement(10);
    setIncidentToday(fixture, QDate(2026, 3, 10));
    Incident asBusinessAssociate = misdirectedRemittance();
    asBusinessAssociate.coveredEntityIds = {clinicId};
    const Incident incident = incidents.add(asBusinessAssociate).value();

    const std::vector<CoveredEntityTerms> terms = reporting.coveredEntityTerms(incident).value();
    REQUIRE(terms.size() == 1);
    CHECK(terms[0].name == QStringLiteral("Lakeside Family Clinic"));
    CHECK(terms[0].breachNoticeDays == 10);
    CHECK(terms[0].agreement.startsWith(QStringLiteral("BAA-")));

    const QString key = QStringLiteral("covered_entity:%1").arg(clinicId);
    std::vector<IncidentDeadline> deadlines = reporting.deadlines(QDate(2026, 3, 10)).value();
    // The clinic notifies individuals and HHS itself; only it is owed a notice.
    CHECK(keysOf(deadlines, incident.id) == QStringList{key});
    const IncidentDeadline* due = find(deadlines, incident.id, key);
    REQUIRE(due != nullptr);
    CHECK(due->notice.dueOn == QDate(2026, 3, 5)); // 23 February + 10 days
    CHECK(due->notice.recipientName == QStringLiteral("Lakeside Family Clinic"));
    CHECK(due->reference == incidentReference(incident.id));
    CHECK_FALSE(due->sent);
    CHECK(due->daysLeft == -5);
    CHECK(due->overdue);

    IncidentNotification toClinic =
        notice(incident.id, NotificationRecipient::CoveredEntity, QDate(2026, 3, 9));
    toClinic.counterpartyId = clinicId;
    REQUIRE(notices.recordNotification(toClinic).ok());
    deadlines = reporting.deadlines(QDate(2026, 3, 10)).value();
    due = find(deadlines, incident.id, key);
    REQUIRE(due != nullptr);
    CHECK(due->sent);
    CHECK(due->sentOn == QDate(2026, 3, 9));
    CHECK_FALSE(due->overdue);
    CHECK(due->late);

    // Discovered before the agreement took effect: the 60 days of 164.410.
    Incident earlier = asBusinessAssociate;
    earlier.occurredOn = QDate(2025, 5, 18);
    earlier.discoveredOn = QDate(2025, 5, 20);
    earlier.reportedOn = QDate(2025, 5, 20);
    const Incident before = incidents.add(earlier).value();
    CHECK_FALSE(reporting.coveredEntityTerms(before)->front().breachNoticeDays.has_value());
    const std::vector<RequiredNotification> owed =
        reporting.requiredNotifications(before.id).value();
    REQUIRE(owed.size() == 1);
    CHECK(owed[0].dueOn == QDate(2025, 7, 19));
}

TEST_CASE_METHOD(IncidentFixture, "Deadlines cover every notice a breach of our own PHI calls for",
                 "[incidents][deadlines]")
{
    setIncidentToday(fixture, QDate(2026, 3, 10));
    Incident large = misdirectedRemittance();
    large.title = QStringLiteral("Stolen laptop");
    large.kind = IncidentKind::LostOrStolenDevice;
    large.affected = {{QStringLiteral("FL"), 600}, {QStringLiteral("GA"), 10}};
    const Incident big = incidents.add(large).value();

    Incident notABreach = misdirectedRemittance();
    const Incident low = incidents.add(notABreach).value();
    REQUIRE(incidents.recordAssessment(low.id, assessment(true, QDate(2026, 3, 1))).ok());

    Incident older = misdirectedRemittance();
    older.title = QStringLiteral("Fax to the wrong number");
    older.occurredOn = QDate(2026, 1, 9);
    older.discoveredOn = QDate(2026, 1, 10);
    older.reportedOn = QDate(2026, 1, 10);
    older.affected = {{QStringLiteral("GA"), 12}};
    const Incident small = incidents.add(older).value();
    REQUIRE(notices
                .recordNotification(
                    notice(small.id, NotificationRecipient::Individuals, QDate(2026, 2, 1)))
                .ok());
    REQUIRE(incidents.close(small.id, QDate(2026, 2, 15)).ok());

    const std::vector<IncidentDeadline> deadlines = reporting.deadlines(QDate(2026, 3, 10)).value();
    CHECK(keysOf(deadlines, low.id).isEmpty());
    // Florida's own clock (30 days) comes first.
    CHECK(keysOf(deadlines, big.id) ==
          (QStringList{QStringLiteral("state_authority:FL"), QStringLiteral("individuals"),
                       QStringLiteral("hhs"), QStringLiteral("media:FL")}));
    const IncidentDeadline* florida = find(deadlines, big.id, QStringLiteral("state_authority:FL"));
    REQUIRE(florida != nullptr);
    CHECK(florida->notice.dueOn == QDate(2026, 3, 25));
    CHECK(florida->daysLeft == 15);
    CHECK_FALSE(florida->overdue);
    CHECK(find(deadlines, big.id, QStringLiteral("hhs"))->notice.dueOn == QDate(2026, 4, 24));

    // The closed incident lists only what it still owes: the annual log.
    CHECK(keysOf(deadlines, small.id) == QStringList{QStringLiteral("hhs")});
    const IncidentDeadline* annual = find(deadlines, small.id, QStringLiteral("hhs"));
    REQUIRE(annual != nullptr);
    CHECK(annual->incidentClosed);
    CHECK(annual->notice.annualLog);
    CHECK(annual->notice.dueOn == QDate(2027, 3, 1));
    // Ordered by due date across incidents.
    REQUIRE(deadlines.size() == 5);
    CHECK(deadlines.front().notice.key() == QStringLiteral("state_authority:FL"));
    CHECK(deadlines.back().incidentId == small.id);

    // Notices sent satisfy their deadlines by key.
    IncidentNotification state =
        notice(big.id, NotificationRecipient::StateAuthority, QDate(2026, 3, 10));
    state.jurisdiction = QStringLiteral("fl");
    REQUIRE(notices.recordNotification(state).ok());
    IncidentNotification media = notice(big.id, NotificationRecipient::Media, QDate(2026, 3, 10));
    media.jurisdiction = QStringLiteral("GA"); // not the State that calls for it
    REQUIRE(notices.recordNotification(media).ok());
    const std::vector<IncidentDeadline> after = reporting.deadlines(QDate(2026, 4, 30)).value();
    CHECK(find(after, big.id, QStringLiteral("state_authority:FL"))->sent);
    const IncidentDeadline* mediaFl = find(after, big.id, QStringLiteral("media:FL"));
    REQUIRE(mediaFl != nullptr);
    CHECK_FALSE(mediaFl->sent);
    CHECK(mediaFl->overdue);
    CHECK(mediaFl->daysLeft == -6);

    // A State rule edited in the program changes the clock.
    StateNotificationRule rule = stateRules.stateRules()->front();
    rule.days = 45;
    REQUIRE(stateRules.updateStateRule(rule).ok());
    CHECK(reporting.requiredNotifications(big.id)->front().dueOn == QDate(2026, 4, 9));
}

TEST_CASE_METHOD(IncidentFixture, "The breach log lists a year's breaches with their notices",
                 "[incidents][breachlog]")
{
    setIncidentToday(fixture, QDate(2026, 3, 10));
    Incident fax = misdirectedRemittance();
    fax.title = QStringLiteral("Fax to the wrong number");
    fax.occurredOn = QDate(2026, 1, 9);
    fax.discoveredOn = QDate(2026, 1, 10);
    fax.reportedOn = QDate(2026, 1, 10);
    fax.affected = {{QStringLiteral("GA"), 12}};
    const Incident presumed = incidents.add(fax).value();
    REQUIRE(notices
                .recordNotification(
                    notice(presumed.id, NotificationRecipient::Individuals, QDate(2026, 2, 1)))
                .ok());

    const Incident assessedBreach = incidents.add(misdirectedRemittance()).value();
    REQUIRE(
        incidents.recordAssessment(assessedBreach.id, assessment(false, QDate(2026, 3, 1))).ok());
    const Incident notBreach = incidents.add(misdirectedRemittance()).value();
    REQUIRE(incidents.recordAssessment(notBreach.id, assessment(true, QDate(2026, 3, 1))).ok());
    Incident encrypted = misdirectedRemittance();
    encrypted.phiSecured = true;
    encrypted.securedBasis = QStringLiteral("Full-disk encryption, key not on the device.");
    REQUIRE(incidents.add(encrypted).ok());
    Incident lastYear = misdirectedRemittance();
    lastYear.occurredOn = QDate(2025, 12, 1);
    lastYear.discoveredOn = QDate(2025, 12, 2);
    lastYear.reportedOn = QDate(2025, 12, 2);
    const Incident old = incidents.add(lastYear).value();

    const std::vector<BreachLogEntry> log = reporting.breachLog(2026).value();
    REQUIRE(log.size() == 2);
    CHECK(log[0].incidentId == presumed.id);
    CHECK(log[0].status == BreachStatus::PresumedBreach);
    CHECK(log[0].reference == incidentReference(presumed.id));
    CHECK(log[0].discoveredOn == QDate(2026, 1, 10));
    CHECK(log[0].occurredOn == QDate(2026, 1, 9));
    CHECK(log[0].kind == IncidentKind::MisdirectedCommunication);
    CHECK(log[0].totalAffected == 12);
    CHECK(log[0].phiTypes ==
          (QStringList{QStringLiteral("Names"), QStringLiteral("Claim numbers")}));
    CHECK(log[0].containment.contains(QStringLiteral("deleted the email")));
    REQUIRE(log[0].notices.size() == 1);
    CHECK(log[0].notices[0].recipient == NotificationRecipient::Individuals);
    CHECK(log[0].notices[0].sentOn == QDate(2026, 2, 1));
    CHECK(log[1].incidentId == assessedBreach.id);
    CHECK(log[1].status == BreachStatus::Breach);
    CHECK(log[1].totalAffected == 52);
    CHECK(log[1].notices.empty());

    const std::vector<BreachLogEntry> previous = reporting.breachLog(2025).value();
    REQUIRE(previous.size() == 1);
    CHECK(previous[0].incidentId == old.id);
    CHECK(reporting.breachLog(2024)->empty());
}
