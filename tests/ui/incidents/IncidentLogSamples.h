#pragma once

#include "core/incidents/BreachStatus.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "tests/support/TemporaryProgram.h"

#include <QDate>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test::incidentui {

// Seen from the fixture clock's day, 1 March 2026.
struct IncidentLog
{
    qint64 remittance = 0; // our PHI, 52 affected, discovered 2026-02-23: individuals in 54 days
    qint64 laptop = 0;     // 700 in Florida, discovered 2025-12-01: notices overdue
    qint64 phishing = 0;   // assessed, low probability: no notice owed
    qint64 closed = 0;     // closed on 2026-02-20, every notice sent
};

inline Incident sampleIncident(const QString& title, IncidentKind kind, const QDate& discovered,
                               std::vector<JurisdictionCount> affected)
{
    Incident incident;
    incident.title = title;
    incident.description = QStringLiteral("Described by the reporter: %1.").arg(title.toLower());
    incident.kind = kind;
    incident.discoveredOn = discovered;
    incident.reportedOn = discovered;
    incident.reporter = QStringLiteral("Pat Lee");
    incident.handler = QStringLiteral("Dana Whitfield");
    incident.phiTypes = {QStringLiteral("Names"), QStringLiteral("Claim numbers")};
    incident.affected = std::move(affected);
    return incident;
}

inline qint64 addIncident(Program& program, const Incident& incident)
{
    Result<Incident> added = program.incidents().add(incident);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    return added->id;
}

inline BreachAssessment sampleAssessment(bool lowProbability, const QDate& on)
{
    BreachAssessment value;
    for (BreachAssessment::Answer& answer : value.answers) {
        answer.rating = lowProbability ? FactorRating::Low : FactorRating::High;
        answer.narrative = QStringLiteral("Considered with the recipient's written statement.");
    }
    value.lowProbability = lowProbability;
    value.conclusion = lowProbability ? QStringLiteral("Low probability of compromise.")
                                      : QStringLiteral("The PHI was viewed: a breach.");
    value.assessedBy = QStringLiteral("Dana Whitfield");
    value.assessedOn = on;
    return value;
}

inline void recordSent(Program& program, qint64 incidentId, NotificationRecipient recipient,
                       const QDate& sentOn, const QString& jurisdiction = {})
{
    IncidentNotification notice;
    notice.incidentId = incidentId;
    notice.recipient = recipient;
    notice.jurisdiction = jurisdiction;
    notice.sentOn = sentOn;
    notice.method = QStringLiteral("first-class mail");
    notice.content = QStringLiteral("We are writing to tell you about an incident.");
    notice.sentBy = QStringLiteral("Dana Whitfield");
    Result<IncidentNotification> recorded =
        program.incidentNotifications().recordNotification(notice);
    INFO((recorded ? QString() : recorded.error().message).toStdString());
    REQUIRE(recorded);
}

// Four incidents: one with notices coming due, one overdue, one assessed not
// a breach and one closed with every notice sent.
inline IncidentLog addIncidentLog(TemporaryProgram& fixture)
{
    Program& program = fixture.program();
    IncidentLog log;
    log.remittance = addIncident(
        program, sampleIncident(QStringLiteral("Remittance sent to the wrong clinic"),
                                IncidentKind::MisdirectedCommunication, QDate(2026, 2, 23),
                                {{QStringLiteral("GA"), 40}, {QStringLiteral("FL"), 12}}));
    log.laptop =
        addIncident(program, sampleIncident(QStringLiteral("Laptop stolen from a car"),
                                            IncidentKind::LostOrStolenDevice, QDate(2025, 12, 1),
                                            {{QStringLiteral("FL"), 700}}));
    log.phishing =
        addIncident(program, sampleIncident(QStringLiteral("Phishing email answered"),
                                            IncidentKind::PhishingCompromise, QDate(2026, 2, 2),
                                            {{QStringLiteral("GA"), 3}}));
    REQUIRE(program.incidents().recordAssessment(log.phishing,
                                                 sampleAssessment(true, QDate(2026, 2, 5))));
    log.closed =
        addIncident(program, sampleIncident(QStringLiteral("Fax to the wrong number"),
                                            IncidentKind::MisdirectedCommunication,
                                            QDate(2026, 1, 12), {{QStringLiteral("GA"), 1}}));
    recordSent(program, log.closed, NotificationRecipient::Individuals, QDate(2026, 1, 20));
    recordSent(program, log.closed, NotificationRecipient::Hhs, QDate(2026, 2, 10));
    REQUIRE(program.incidents().close(log.closed, QDate(2026, 2, 20)));
    return log;
}

} // namespace palisade::test::incidentui
