#pragma once

#include "core/incidents/BreachReporting.h"
#include "core/incidents/CorrectiveActionRegister.h"
#include "core/incidents/IncidentEvidenceRegister.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/program/Program.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/core/vendors/VendorSamples.h"
#include "tests/support/TemporaryProgram.h"

#include <QDateTime>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test {

inline void setIncidentToday(TemporaryProgram& fixture, const QDate& day)
{
    fixture.clock().set(QDateTime(day, QTime(9, 0), Qt::UTC));
}

// A misdirected remittance found on 23 February 2026, our own PHI.
inline Incident misdirectedRemittance()
{
    Incident incident;
    incident.title = QStringLiteral("Remittance sent to the wrong clinic");
    incident.description = QStringLiteral("An 835 remittance file was emailed to another clinic.");
    incident.kind = IncidentKind::MisdirectedCommunication;
    incident.occurredOn = QDate(2026, 2, 20);
    incident.discoveredOn = QDate(2026, 2, 23);
    incident.reportedOn = QDate(2026, 2, 23);
    incident.reporter = QStringLiteral("Pat Lee");
    incident.handler = QStringLiteral("Dana Whitfield");
    incident.phiTypes = {QStringLiteral("Names"), QStringLiteral("Claim numbers")};
    incident.affected = {{QStringLiteral("GA"), 40}, {QStringLiteral("FL"), 12}};
    incident.containment = QStringLiteral("Recipient deleted the email and confirmed in writing.");
    return incident;
}

inline BreachAssessment assessment(bool lowProbability, const QDate& on)
{
    BreachAssessment value;
    for (BreachAssessment::Answer& answer : value.answers) {
        answer.rating = lowProbability ? FactorRating::Low : FactorRating::High;
        answer.narrative = QStringLiteral("Considered with the recipient's statement.");
    }
    value.lowProbability = lowProbability;
    value.conclusion = lowProbability ? QStringLiteral("Low probability of compromise.")
                                      : QStringLiteral("The PHI was viewed: a breach.");
    value.assessedBy = QStringLiteral("Dana Whitfield");
    value.assessedOn = on;
    return value;
}

inline IncidentNotification notice(qint64 incidentId, NotificationRecipient recipient,
                                   const QDate& sentOn)
{
    IncidentNotification value;
    value.incidentId = incidentId;
    value.recipient = recipient;
    value.sentOn = sentOn;
    value.method = QStringLiteral("first-class mail");
    value.content = QStringLiteral("We are writing to tell you about an incident.");
    value.sentBy = QStringLiteral("Dana Whitfield");
    return value;
}

struct IncidentFixture
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    IncidentRegister& incidents = program.incidents();
    IncidentNotificationRegister& notices = program.incidentNotifications();
    IncidentEvidenceRegister& evidence = program.incidentEvidence();
    CorrectiveActionRegister& actions = program.correctiveActions();
    StateRuleRegister& stateRules = program.stateRules();
    BreachReporting reporting{program};

    // A clinic we are the business associate of, with an upstream BAA in
    // effect from June 2025 asking for breach notice within `noticeDays`.
    qint64 clinicWithAgreement(int noticeDays)
    {
        const qint64 clinicId = program.counterparties().add(clinic()).value().id;
        Agreement agreement = activeAgreement(clinicId, AgreementDirection::Upstream);
        agreement.breachNoticeDays = noticeDays;
        REQUIRE(program.baas().add(agreement).ok());
        return clinicId;
    }
};

} // namespace palisade::test
