#pragma once

#include "core/audit/AuditTrail.h"
#include "core/incidents/CorrectiveActionRegister.h"
#include "core/incidents/IncidentEvidenceRegister.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/program/Program.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/support/TemporaryProgram.h"

#include <QDate>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test {

// A laptop stolen from a car, discovered on 5 January 2026 (the fixture's
// today is 1 March 2026): 620 Floridians and 40 Georgians affected, so the
// individuals, HHS and Florida's media are owed notice by 6 March and
// Florida's Department of Legal Affairs (30 days) by 4 February: overdue.
inline Incident stolenLaptop()
{
    Incident incident;
    incident.title = QStringLiteral("Unencrypted laptop stolen from a car");
    incident.description = QStringLiteral("A billing laptop was taken from a parked car.");
    incident.kind = IncidentKind::LostOrStolenDevice;
    incident.occurredOn = QDate(2026, 1, 3);
    incident.discoveredOn = QDate(2026, 1, 5);
    incident.reportedOn = QDate(2026, 1, 5);
    incident.reporter = QStringLiteral("Ravi Patel");
    incident.handler = QStringLiteral("Joan Okafor");
    incident.phiTypes = {QStringLiteral("Names"), QStringLiteral("Dates of service")};
    incident.affected = {{QStringLiteral("FL"), 620}, {QStringLiteral("GA"), 40}};
    incident.containment = QStringLiteral("Remote wipe requested; passwords reset.");
    return incident;
}

// A fax to the wrong clinic, discovered the day before the fixture's today.
inline Incident misdirectedFax()
{
    Incident incident;
    incident.title = QStringLiteral("Referral faxed to the wrong clinic");
    incident.kind = IncidentKind::MisdirectedCommunication;
    incident.discoveredOn = QDate(2026, 2, 28);
    incident.affected = {{QStringLiteral("GA"), 1}};
    return incident;
}

inline qint64 addIncident(Program& program, const Incident& incident)
{
    Result<Incident> added = program.incidents().add(incident);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    return added->id;
}

inline BreachAssessment lowProbabilityAssessment(const QDate& on)
{
    BreachAssessment value;
    for (BreachAssessment::Answer& answer : value.answers) {
        answer.rating = FactorRating::Low;
        answer.narrative = QStringLiteral("The recipient clinic returned the fax unread.");
    }
    value.lowProbability = true;
    value.conclusion = QStringLiteral("Returned unread by a covered entity: low probability.");
    value.assessedBy = QStringLiteral("Joan Okafor");
    value.assessedOn = on;
    return value;
}

inline int auditCount(Program& program, const QString& entity, const QString& action)
{
    AuditQuery query;
    query.entity = entity;
    query.action = action;
    return int(program.auditTrail().events(query).size());
}

inline QString writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

} // namespace palisade::test
