#include "core/incidents/BreachReporting.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/IncidentStore.h"
#include "core/incidents/NotificationStore.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/incidents/StateRuleStore.h"
#include "core/program/Program.h"
#include "core/storage/StorageGuard.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"

#include <algorithm>

namespace palisade {
namespace {

// The upstream agreement in effect with each covered entity on the day the
// incident was discovered; the shortest breach notice when several are.
std::vector<CoveredEntityTerms> termsOf(const Incident& incident,
                                        const std::vector<Counterparty>& counterparties,
                                        const std::vector<Agreement>& agreements)
{
    std::vector<CoveredEntityTerms> out;
    for (const qint64 id : incident.coveredEntityIds) {
        CoveredEntityTerms terms;
        terms.counterpartyId = id;
        for (const Counterparty& each : counterparties) {
            if (each.id == id)
                terms.name = each.name;
        }
        for (const Agreement& agreement : agreements) {
            if (agreement.counterpartyId != id ||
                agreement.direction != AgreementDirection::Upstream ||
                !agreement.inEffectOn(incident.discoveredOn))
                continue;
            if (!terms.breachNoticeDays || agreement.breachNoticeDays < *terms.breachNoticeDays) {
                terms.breachNoticeDays = agreement.breachNoticeDays;
                terms.agreement = agreementReference(agreement.id);
            }
        }
        out.push_back(terms);
    }
    return out;
}

// Where each notice `required` of `incident` stands on `asOf`, given the
// notices `sent` (of every incident).
std::vector<IncidentDeadline> deadlinesOf(const Incident& incident,
                                          const std::vector<RequiredNotification>& required,
                                          const std::vector<IncidentNotification>& sent,
                                          const QDate& asOf)
{
    std::vector<IncidentDeadline> out;
    for (const RequiredNotification& notice : required) {
        IncidentDeadline deadline;
        deadline.incidentId = incident.id;
        deadline.reference = incidentReference(incident.id);
        deadline.title = incident.title;
        deadline.incidentClosed = incident.isClosed();
        deadline.notice = notice;
        const QString key = notice.key();
        for (const IncidentNotification& each : sent) {
            if (each.incidentId != incident.id || each.key() != key)
                continue;
            if (!deadline.sent || each.sentOn < deadline.sentOn)
                deadline.sentOn = each.sentOn;
            deadline.sent = true;
        }
        deadline.daysLeft = asOf.daysTo(notice.dueOn);
        deadline.overdue = !deadline.sent && deadline.daysLeft < 0;
        deadline.late = deadline.sent && deadline.sentOn > notice.dueOn;
        if (incident.isClosed() && deadline.sent)
            continue;
        out.push_back(deadline);
    }
    return out;
}

} // namespace

BreachReporting::BreachReporting(Program& program)
    : m_program(program)
{
}

Result<BreachReporting::Parties> BreachReporting::parties() const
{
    Result<std::vector<Counterparty>> counterparties = m_program.counterparties().counterparties();
    if (!counterparties)
        return counterparties.error();
    Result<std::vector<Agreement>> agreements = m_program.baas().agreements();
    if (!agreements)
        return agreements.error();
    return Parties{std::move(*counterparties), std::move(*agreements)};
}

Result<std::vector<CoveredEntityTerms>>
BreachReporting::coveredEntityTerms(const Incident& incident) const
{
    if (incident.coveredEntityIds.empty())
        return std::vector<CoveredEntityTerms>{};
    Result<Parties> known = parties();
    if (!known)
        return known.error();
    return termsOf(incident, known->counterparties, known->agreements);
}

Result<std::vector<RequiredNotification>>
BreachReporting::requiredNotifications(qint64 incidentId) const
{
    Result<Incident> stored = m_program.incidents().incident(incidentId);
    if (!stored)
        return stored.error();
    Result<std::vector<CoveredEntityTerms>> terms = coveredEntityTerms(*stored);
    if (!terms)
        return terms.error();
    Result<std::vector<StateNotificationRule>> rules = m_program.stateRules().stateRules();
    if (!rules)
        return rules.error();
    return BreachNotificationRules::required(*stored, *terms, *rules);
}

Result<std::vector<IncidentDeadline>> BreachReporting::deadlines(const QDate& asOf) const
{
    struct Facts
    {
        std::vector<Incident> incidents;
        std::vector<IncidentNotification> sent;
        std::vector<StateNotificationRule> rules;
    };
    Result<Facts> facts = guardStorage(tr("Reading the incidents failed"), [&] {
        Database& db = m_program.database();
        return Facts{IncidentStore(db).all(), NotificationStore(db).all(),
                     StateRuleStore(db).all()};
    });
    if (!facts)
        return facts.error();
    Result<Parties> known = parties();
    if (!known)
        return known.error();

    std::vector<IncidentDeadline> out;
    for (const Incident& each : facts->incidents) {
        const std::vector<RequiredNotification> required = BreachNotificationRules::required(
            each, termsOf(each, known->counterparties, known->agreements), facts->rules);
        const std::vector<IncidentDeadline> found = deadlinesOf(each, required, facts->sent, asOf);
        out.insert(out.end(), found.begin(), found.end());
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const IncidentDeadline& a, const IncidentDeadline& b) {
                         if (a.notice.dueOn != b.notice.dueOn)
                             return a.notice.dueOn < b.notice.dueOn;
                         return a.incidentId < b.incidentId;
                     });
    return out;
}

Result<std::vector<BreachLogEntry>> BreachReporting::breachLog(int year) const
{
    struct Facts
    {
        std::vector<Incident> incidents;
        std::vector<IncidentNotification> sent;
    };
    Result<Facts> facts = guardStorage(tr("Reading the incidents failed"), [&] {
        Database& db = m_program.database();
        return Facts{IncidentStore(db).all(), NotificationStore(db).all()};
    });
    if (!facts)
        return facts.error();
    std::vector<BreachLogEntry> out;
    for (const Incident& each : facts->incidents) {
        const BreachStatus status = BreachNotificationRules::status(each);
        if (each.discoveredOn.year() != year || !BreachNotificationRules::isReportable(status))
            continue;
        BreachLogEntry entry;
        entry.incidentId = each.id;
        entry.reference = incidentReference(each.id);
        entry.title = each.title;
        entry.status = status;
        entry.kind = each.kind;
        entry.occurredOn = each.occurredOn;
        entry.discoveredOn = each.discoveredOn;
        entry.totalAffected = each.totalAffected();
        entry.affected = each.affected;
        entry.phiTypes = each.phiTypes;
        entry.containment = each.containment;
        entry.description = each.description;
        for (const IncidentNotification& notice : facts->sent) {
            if (notice.incidentId != each.id)
                continue;
            entry.notices.push_back(BreachLogEntry::Notice{notice.recipient, notice.jurisdiction,
                                                           notice.counterpartyId, notice.sentOn,
                                                           notice.method});
        }
        out.push_back(entry);
    }
    return out;
}

} // namespace palisade
