#include "core/demo/DemoIncidentGenerator.h"

#include "core/demo/DemoContext.h"
#include "core/demo/DemoFailure.h"
#include "core/demo/DemoIncidentLibrary.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoSettings.h"
#include "core/demo/DemoTally.h"
#include "core/demo/DemoTimeline.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/CorrectiveActionRegister.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"

namespace palisade {

DemoIncidentGenerator::DemoIncidentGenerator(DemoContext& context)
    : m_context(context)
    , m_random(context.settings.seed, "incidents")
{
}

template <typename Step> void DemoIncidentGenerator::on(const QDate& day, Step step)
{
    if (day <= m_context.last)
        m_context.timeline.at(day, std::move(step));
}

void DemoIncidentGenerator::plan()
{
    const DemoContext& c = m_context;
    const std::vector<DemoIncidentScenario>& scenarios = DemoIncidentLibrary::scenarios();
    const int closed = std::max(0, c.settings.incidents - 3);
    const QDate from = c.first.addDays(90);
    const qint64 span = from.daysTo(c.today.addDays(-200));
    for (int i = 0; i < closed && span > 0; ++i) {
        const QDate day = from.addDays(span * i / std::max(1, closed) + m_random.between(0, 40));
        const DemoIncidentScenario* scenario = &scenarios[std::size_t(i) % scenarios.size()];
        on(day, [this, scenario] { report(*scenario, Ending::Closed); });
    }
    // Today's open incidents, dated back from today so their deadlines stay current.
    on(c.today.addDays(-75),
       [this] { report(DemoIncidentLibrary::overdueBreach(), Ending::NoticeLate); });
    on(c.today.addDays(-24),
       [this] { report(DemoIncidentLibrary::openBreach(), Ending::NoticesDue); });
    on(c.today.addDays(-9),
       [this] { report(DemoIncidentLibrary::securedDevice(), Ending::Investigating); });
}

void DemoIncidentGenerator::report(const DemoIncidentScenario& scenario, Ending ending)
{
    const QDate today = m_context.timeline.current();
    const DemoRecords& records = m_context.records;
    Incident incident;
    incident.title = scenario.title;
    incident.description = scenario.description;
    incident.kind = scenario.kind;
    incident.discoveredOn = today;
    incident.occurredOn = today.addDays(-m_random.between(0, 6));
    incident.reportedOn = today;
    incident.containedOn = today;
    incident.handler = records.officer;
    if (!records.people.empty())
        incident.reporter = m_random.pick(records.people).name;
    incident.phiTypes = scenario.phiTypes;
    incident.phiSecured = scenario.phiSecured;
    if (scenario.phiSecured)
        incident.securedBasis =
            QStringLiteral("Full-disk encryption per NIST SP 800-111; the key was not on the "
                           "device, and the device was wiped remotely.");
    if (!records.coveredEntities.empty()) {
        incident.coveredEntityIds = {m_random.pick(records.coveredEntities).id};
        incident.notifiesForCoveredEntity = ending != Ending::Closed || m_random.percent(50);
    }
    if (!records.assets.empty())
        incident.assetIds = {m_random.pick(records.assets).id};
    if (scenario.mostAffected > 0) {
        const int total = m_random.between(scenario.fewestAffected, scenario.mostAffected);
        const int elsewhere = total / m_random.between(5, 12);
        incident.affected.push_back(JurisdictionCount{QStringLiteral("FL"), total - elsewhere});
        if (elsewhere > 0)
            incident.affected.push_back(JurisdictionCount{QStringLiteral("GA"), elsewhere});
    }
    incident.containment = scenario.containment;
    const Incident added = need(m_context.program.incidents().add(incident));
    m_context.tally.add(DemoTally::Incidents);
    const qint64 id = added.id;
    if (ending == Ending::Closed && scenario.kind == IncidentKind::LostOrStolenDevice &&
        !scenario.phiSecured && m_context.records.litigatedIncident == 0)
        m_context.records.litigatedIncident = id;
    const DemoIncidentScenario* chosen = &scenario;
    on(today.addDays(m_random.between(2, 6)),
       [this, id, chosen, ending] { assess(id, *chosen, ending); });
}

void DemoIncidentGenerator::assess(qint64 id, const DemoIncidentScenario& scenario, Ending ending)
{
    BreachAssessment assessment;
    for (std::size_t i = 0; i < assessment.answers.size(); ++i)
        assessment.answers[i] = {scenario.ratings[i], scenario.narratives[i]};
    assessment.lowProbability = scenario.lowProbability;
    assessment.conclusion = scenario.conclusion;
    assessment.assessedBy = m_context.records.officer;
    assessment.assessedOn = m_context.timeline.current();
    need(m_context.program.incidents().recordAssessment(id, assessment));
    addActions(id, scenario, ending);

    const std::vector<RequiredNotification> required =
        need(BreachReporting(m_context.program).requiredNotifications(id));
    for (std::size_t k = 0; k < required.size(); ++k) {
        const RequiredNotification& notice = required[k];
        const QDate discovered = need(m_context.program.incidents().incident(id)).discoveredOn;
        QDate sendOn;
        if (notice.recipient == NotificationRecipient::CoveredEntity) {
            sendOn = discovered.addDays(m_random.between(4, 9));
        } else if (ending == Ending::NoticesDue || ending == Ending::NoticeLate) {
            continue; // still owed today
        } else if (notice.annualLog) {
            sendOn = QDate(discovered.year() + 1, 2, m_random.between(1, 25));
        } else {
            sendOn = discovered.addDays(m_random.between(25, 55));
        }
        const int key = int(k);
        on(sendOn, [this, id, key] { notify(id, key); });
    }
    if (ending == Ending::Closed)
        on(m_context.timeline.current().addDays(40), [this, id] { closeWhenDone(id); });
}

void DemoIncidentGenerator::notify(qint64 id, int key)
{
    const std::vector<RequiredNotification> required =
        need(BreachReporting(m_context.program).requiredNotifications(id));
    if (key >= int(required.size()))
        return;
    const RequiredNotification& notice = required[std::size_t(key)];
    IncidentNotification sent;
    sent.incidentId = id;
    sent.recipient = notice.recipient;
    sent.jurisdiction = notice.jurisdiction;
    sent.counterpartyId = notice.counterpartyId;
    sent.sentOn = m_context.timeline.current();
    sent.sentBy = m_context.records.officer;
    switch (notice.recipient) {
    case NotificationRecipient::CoveredEntity:
        sent.method = QStringLiteral("e-mail and phone call");
        sent.content = QStringLiteral("Breach report to the client's privacy officer with the "
                                      "list of affected patients.");
        break;
    case NotificationRecipient::Individuals:
        sent.method = QStringLiteral("first-class mail");
        sent.content = QStringLiteral("Letter to each affected patient: what happened, what was "
                                      "involved, what we are doing, what they can do.");
        break;
    case NotificationRecipient::Hhs:
        sent.method = QStringLiteral("HHS breach portal");
        sent.content = QStringLiteral("Breach report submitted through the HHS portal.");
        break;
    case NotificationRecipient::Media:
        sent.method = QStringLiteral("press release");
        sent.content = QStringLiteral("Press release to major outlets serving the State.");
        break;
    case NotificationRecipient::StateAuthority:
        sent.method = QStringLiteral("online form");
        sent.content = QStringLiteral("Notice to the State authority.");
        break;
    }
    need(m_context.program.incidentNotifications().recordNotification(sent));
    m_context.tally.add(DemoTally::Notifications);
}

void DemoIncidentGenerator::addActions(qint64 id, const DemoIncidentScenario& scenario,
                                       Ending ending)
{
    const QDate today = m_context.timeline.current();
    for (int i = 0; i < scenario.actions.size(); ++i) {
        CorrectiveAction action;
        action.incidentId = id;
        action.title = scenario.actions[i];
        action.owner = i == 0 ? m_context.records.itManager : m_context.records.officer;
        action.dueOn = today.addDays(m_random.between(20, 75));
        const CorrectiveAction added =
            need(m_context.program.correctiveActions().addAction(action));
        m_context.tally.add(DemoTally::CorrectiveActions);
        const qint64 actionId = added.id;
        const QDate done = ending == Ending::Closed
                               ? action.dueOn.addDays(m_random.between(-15, 10))
                               : today.addDays(m_random.between(1, 10) * (i == 0 ? 100 : 1));
        on(std::max(done, today.addDays(1)), [this, actionId] {
            need(m_context.program.correctiveActions().completeAction(
                actionId, m_context.timeline.current()));
        });
    }
}

void DemoIncidentGenerator::closeWhenDone(qint64 id)
{
    IncidentRegister& incidents = m_context.program.incidents();
    bool waiting = false;
    for (const CorrectiveAction& action : need(m_context.program.correctiveActions().actions(id)))
        waiting = waiting || !action.isDone();
    const std::vector<IncidentNotification> sent =
        need(m_context.program.incidentNotifications().notifications(id));
    const std::vector<RequiredNotification> required =
        need(BreachReporting(m_context.program).requiredNotifications(id));
    waiting = waiting || sent.size() < required.size();
    const QDate today = m_context.timeline.current();
    if (waiting) {
        on(today.addDays(20), [this, id] { closeWhenDone(id); });
        return;
    }
    Incident incident = need(incidents.incident(id));
    incident.lessonsLearned = QStringLiteral("Reviewed at the monthly security meeting; the "
                                             "corrective actions are done.");
    need(incidents.update(incident));
    need(incidents.close(id, today));
}

} // namespace palisade
