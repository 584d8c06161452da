#include "core/evidence/IncidentPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/CorrectiveActionRegister.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/program/Program.h"
#include "core/util/CanonicalJson.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <optional>
#include <tuple>

namespace palisade {
namespace {

// The incident as it stood at the end of `day`: what was closed, contained or
// assessed only later had not been yet.
Incident asOf(Incident incident, const QDate& day)
{
    if (incident.closedOn.isValid() && incident.closedOn > day)
        incident.closedOn = QDate();
    if (incident.containedOn.isValid() && incident.containedOn > day)
        incident.containedOn = QDate();
    if (incident.assessment && incident.assessment->assessedOn.isValid() &&
        incident.assessment->assessedOn > day)
        incident.assessment.reset();
    return incident;
}

// One notice of a breach as it stood on the period's last day.
struct NoticeRow
{
    qint64 incidentId = 0;
    QString key;
    QString recipient;
    QDate dueOn;      // invalid for a notice sent that the rules do not call for
    QDate sentOn;     // invalid when none was sent by the period's end
    QString standing; // in words
    QString standingKey;
    qint64 daysPast = -1; // sent late, or unsent past its due date: by how many days
};

QString recipientText(const RequiredNotification& notice)
{
    switch (notice.recipient) {
    case NotificationRecipient::CoveredEntity:
        return notice.recipientName.isEmpty()
                   ? notificationRecipientLabel(notice.recipient)
                   : IncidentPackSection::tr("%1: %2").arg(
                         notificationRecipientLabel(notice.recipient), notice.recipientName);
    case NotificationRecipient::Individuals:
        return notificationRecipientLabel(notice.recipient);
    case NotificationRecipient::Hhs:
        return notice.annualLog ? IncidentPackSection::tr("%1 (annual log)")
                                      .arg(notificationRecipientLabel(notice.recipient))
                                : notificationRecipientLabel(notice.recipient);
    case NotificationRecipient::Media:
        return IncidentPackSection::tr("%1 (%2)").arg(notificationRecipientLabel(notice.recipient),
                                                      notice.jurisdiction);
    case NotificationRecipient::StateAuthority:
        return notice.recipientName.isEmpty()
                   ? IncidentPackSection::tr("%1 (%2)").arg(
                         notificationRecipientLabel(notice.recipient), notice.jurisdiction)
                   : IncidentPackSection::tr("%1 (%2)").arg(notice.recipientName,
                                                            notice.jurisdiction);
    }
    return {};
}

QString sentRecipientText(const IncidentNotification& sent, const QHash<qint64, QString>& names)
{
    RequiredNotification notice;
    notice.recipient = sent.recipient;
    notice.jurisdiction = sent.jurisdiction;
    notice.counterpartyId = sent.counterpartyId;
    notice.recipientName = names.value(sent.counterpartyId);
    return recipientText(notice);
}

QString determination(const Incident& incident)
{
    switch (BreachNotificationRules::status(incident)) {
    case BreachStatus::SecuredPhi:
        return IncidentPackSection::tr("Not a breach: the PHI was secured (not unsecured PHI, "
                                       "45 CFR 164.402)");
    case BreachStatus::LowProbability:
        return IncidentPackSection::tr(
            "Not a breach: the assessment showed a low probability that the PHI was compromised");
    case BreachStatus::Breach:
        return IncidentPackSection::tr(
            "A breach: the assessment did not show a low probability of compromise");
    case BreachStatus::PresumedBreach:
        return IncidentPackSection::tr(
            "Presumed a breach: no four-factor assessment documented (45 CFR 164.402)");
    }
    return {};
}

QJsonObject incidentJson(const Incident& incident)
{
    QJsonArray affected;
    for (const JurisdictionCount& count : incident.affected)
        affected.append(QJsonObject{{QStringLiteral("jurisdiction"), count.jurisdiction},
                                    {QStringLiteral("individuals"), count.individuals}});
    QJsonValue assessment;
    if (incident.assessment) {
        assessment = QJsonObject{
            {QStringLiteral("low_probability"), incident.assessment->lowProbability},
            {QStringLiteral("assessed_by"), incident.assessment->assessedBy},
            {QStringLiteral("assessed_on"), isoDate(incident.assessment->assessedOn)},
        };
    }
    return QJsonObject{
        {QStringLiteral("id"), QString::number(incident.id)},
        {QStringLiteral("reference"), incidentReference(incident.id)},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("kind"), incidentKindKey(incident.kind)},
        {QStringLiteral("occurred_on"), isoDate(incident.occurredOn)},
        {QStringLiteral("discovered_on"), isoDate(incident.discoveredOn)},
        {QStringLiteral("contained_on"), isoDate(incident.containedOn)},
        {QStringLiteral("closed_on"), isoDate(incident.closedOn)},
        {QStringLiteral("status"), breachStatusKey(BreachNotificationRules::status(incident))},
        {QStringLiteral("phi_secured"), incident.phiSecured},
        {QStringLiteral("secured_basis"), incident.phiSecured ? incident.securedBasis : QString()},
        {QStringLiteral("affected"), affected},
        {QStringLiteral("assessment"), assessment},
    };
}

QJsonObject noticeJson(const NoticeRow& row)
{
    return QJsonObject{
        {QStringLiteral("incident_id"), QString::number(row.incidentId)},
        {QStringLiteral("notice"), row.key},
        {QStringLiteral("due_on"), isoDate(row.dueOn)},
        {QStringLiteral("sent_on"), isoDate(row.sentOn)},
        {QStringLiteral("standing"), row.standingKey},
    };
}

} // namespace

Result<PackSectionContent> IncidentPackSection::build(Program& program, const PackRequest& request)
{
    Result<std::vector<Incident>> all = program.incidents().incidents();
    if (!all)
        return all.error();
    Result<std::vector<StateNotificationRule>> stateRules = program.stateRules().stateRules();
    if (!stateRules)
        return stateRules.error();
    Result<std::vector<Counterparty>> counterparties = program.counterparties().counterparties();
    if (!counterparties)
        return counterparties.error();
    QHash<qint64, QString> counterpartyNames;
    for (const Counterparty& counterparty : *counterparties)
        counterpartyNames.insert(counterparty.id, counterparty.name);

    const QDate& to = request.to;
    const QString asOfText = isoDate(to);
    const QLocale c = QLocale::c();
    const BreachReporting reporting(program);

    // Discovered in the period, or earlier and still open at its end.
    std::vector<Incident> known; // discovered by the period's end, as they stood then
    std::vector<const Incident*> shown;
    for (const Incident& incident : *all) {
        if (!incident.discoveredOn.isValid() || incident.discoveredOn > to)
            continue;
        known.push_back(asOf(incident, to));
    }
    for (const Incident& incident : known) {
        if (PackDates::inPeriod(incident.discoveredOn, request) || !incident.isClosed())
            shown.push_back(&incident);
    }

    std::vector<NoticeRow> notices;
    for (const Incident* incident : shown) {
        if (!BreachNotificationRules::isReportable(BreachNotificationRules::status(*incident)))
            continue;
        Result<std::vector<CoveredEntityTerms>> terms = reporting.coveredEntityTerms(*incident);
        if (!terms)
            return terms.error();
        Result<std::vector<IncidentNotification>> sent =
            program.incidentNotifications().notifications(incident->id);
        if (!sent)
            return sent.error();
        std::erase_if(*sent, [&](const IncidentNotification& each) {
            return !each.sentOn.isValid() || each.sentOn > to;
        });
        QStringList answered;
        for (const RequiredNotification& required :
             BreachNotificationRules::required(*incident, *terms, *stateRules)) {
            NoticeRow row;
            row.incidentId = incident->id;
            row.key = required.key();
            row.recipient = recipientText(required);
            row.dueOn = required.dueOn;
            for (const IncidentNotification& each : *sent) {
                if (each.key() == row.key && (!row.sentOn.isValid() || each.sentOn < row.sentOn))
                    row.sentOn = each.sentOn;
            }
            answered << row.key;
            if (row.sentOn.isValid() && row.sentOn <= row.dueOn) {
                row.standingKey = QStringLiteral("on_time");
                row.standing = tr("Sent on time");
            } else if (row.sentOn.isValid()) {
                row.standingKey = QStringLiteral("late");
                row.standing = tr("Sent late");
                row.daysPast = row.dueOn.daysTo(row.sentOn);
            } else if (row.dueOn < to) {
                row.standingKey = QStringLiteral("overdue");
                row.standing = tr("Not sent: overdue");
                row.daysPast = row.dueOn.daysTo(to);
            } else {
                row.standingKey = QStringLiteral("not_yet_due");
                row.standing = tr("Not sent; not yet due");
            }
            notices.push_back(row);
        }
        // Notices sent that the rules did not call for (a supplemental notice,
        // or one sent before the assessment showed a low probability).
        for (const IncidentNotification& each : *sent) {
            if (answered.contains(each.key()))
                continue;
            answered << each.key();
            NoticeRow row;
            row.incidentId = incident->id;
            row.key = each.key();
            row.recipient = sentRecipientText(each, counterpartyNames);
            row.sentOn = each.sentOn;
            row.standingKey = QStringLiteral("sent_not_required");
            row.standing = tr("Sent; not among the notices required");
            notices.push_back(row);
        }
    }

    QHash<qint64, const Incident*> incidentById;
    for (const Incident& incident : known)
        incidentById.insert(incident.id, &incident);
    const auto incidentName = [&](qint64 id) {
        const Incident* incident = incidentById.value(id);
        return incident == nullptr ? incidentReference(id)
                                   : tr("%1\n%2").arg(incidentReference(id), incident->title);
    };

    const int discovered = int(std::count_if(shown.begin(), shown.end(), [&](const Incident* each) {
        return PackDates::inPeriod(each->discoveredOn, request);
    }));
    const int open = int(std::count_if(shown.begin(), shown.end(),
                                       [](const Incident* each) { return !each->isClosed(); }));
    const int breaches = int(std::count_if(shown.begin(), shown.end(), [](const Incident* each) {
        return BreachNotificationRules::isReportable(BreachNotificationRules::status(*each));
    }));
    const int overdue = int(std::count_if(notices.begin(), notices.end(), [](const NoticeRow& row) {
        return row.standingKey == QStringLiteral("overdue");
    }));

    PackSectionContent content;
    content.section = PackSection::Incidents;
    content.blocks.push_back(packblock::Paragraph{
        tr("Security incidents (45 CFR 164.308(a)(6)) discovered from %1 to %2, and those "
           "discovered earlier that were still open on %2. Each is shown as it stood on %2: "
           "what was contained, assessed or closed only later is shown as not yet done. Without "
           "a documented four-factor assessment, an impermissible use or disclosure of "
           "unsecured PHI is presumed a breach (164.402), and every notice of 164.404-410 is "
           "owed.")
            .arg(isoDate(request.from), asOfText)});
    content.blocks.push_back(packblock::Facts{{
        {tr("Discovered in the period"), c.toString(discovered)},
        {tr("Open on %1").arg(asOfText), c.toString(open)},
        {tr("Breaches or presumed breaches"), c.toString(breaches)},
        {tr("Notices overdue on %1").arg(asOfText), c.toString(overdue)},
    }});

    // Log
    content.blocks.push_back(packblock::Subheading{tr("Incident log")});
    PackTable log;
    log.columns = {{tr("Incident"), 2.9, false},    {tr("Occurred"), 1.45, false},
                   {tr("Discovered"), 1.45, false}, {tr("Contained"), 1.45, false},
                   {tr("Closed"), 1.45, false},     {tr("Breach status"), 2.0, false},
                   {tr("Affected"), 1.1, true}};
    for (const Incident* incident : shown) {
        log.rows.push_back({
            tr("%1 %2\n%3")
                .arg(incidentReference(incident->id), incident->title,
                     incidentKindLabel(incident->kind)),
            PackDates::text(incident->occurredOn),
            PackDates::text(incident->discoveredOn),
            PackDates::text(incident->containedOn),
            incident->isClosed() ? isoDate(incident->closedOn) : tr("Open"),
            breachStatusLabel(BreachNotificationRules::status(*incident)),
            c.toString(incident->totalAffected()),
        });
    }
    log.emptyText =
        tr("No incident was discovered in the period, and none was open on %1.").arg(asOfText);
    content.blocks.push_back(log);

    // Notices
    content.blocks.push_back(packblock::Subheading{tr("Breach notices on %1").arg(asOfText)});
    PackTable noticeTable;
    noticeTable.columns = {{tr("Incident"), 1.15, false}, {tr("Recipient"), 3.0, false},
                           {tr("Due"), 1.3, false},       {tr("Sent"), 1.3, false},
                           {tr("Standing"), 2.0, false},  {tr("Days past due"), 1.15, true}};
    for (const NoticeRow& row : notices) {
        noticeTable.rows.push_back({incidentReference(row.incidentId), row.recipient,
                                    PackDates::text(row.dueOn), PackDates::text(row.sentOn),
                                    row.standing,
                                    row.daysPast < 0 ? tr("—") : c.toString(row.daysPast)});
    }
    noticeTable.emptyText =
        tr("No incident shown was a breach or presumed a breach, so no notice was owed.");
    content.blocks.push_back(noticeTable);

    // Assessments
    content.blocks.push_back(packblock::Subheading{tr("Breach determinations")});
    PackTable assessments;
    assessments.columns = {{tr("Incident"), 2.4, false},
                           {tr("Determination"), 2.8, false},
                           {tr("Assessed by"), 1.6, false},
                           {tr("Reasons"), 3.4, false}};
    for (const Incident* incident : shown) {
        QString by = tr("—");
        QString reasons;
        if (incident->phiSecured) {
            reasons = incident->securedBasis.simplified().isEmpty()
                          ? tr("No basis recorded.")
                          : incident->securedBasis.simplified();
        } else if (incident->assessment) {
            by = tr("%1\n%2").arg(incident->assessment->assessedBy,
                                  PackDates::text(incident->assessment->assessedOn));
            reasons = incident->assessment->conclusion.simplified();
        } else {
            reasons = tr("No assessment on record on %1.").arg(asOfText);
        }
        assessments.rows.push_back(
            {incidentName(incident->id), determination(*incident), by, reasons});
    }
    assessments.emptyText = tr("No incident to assess.");
    content.blocks.push_back(assessments);

    // Corrective actions
    std::vector<CorrectiveAction> actions;
    for (const Incident& incident : known) {
        Result<std::vector<CorrectiveAction>> own =
            program.correctiveActions().actions(incident.id);
        if (!own)
            return own.error();
        for (const CorrectiveAction& action : *own) {
            if (PackDates::existedOn(action.createdAt, to) &&
                (!action.isDone() || action.doneOn > to))
                actions.push_back(action);
        }
    }
    std::sort(actions.begin(), actions.end(),
              [](const CorrectiveAction& a, const CorrectiveAction& b) {
                  // Undated actions last.
                  return std::make_tuple(!a.dueOn.isValid(), a.dueOn, a.incidentId, a.id) <
                         std::make_tuple(!b.dueOn.isValid(), b.dueOn, b.incidentId, b.id);
              });
    content.blocks.push_back(
        packblock::Subheading{tr("Corrective actions open on %1").arg(asOfText)});
    PackTable actionTable;
    actionTable.columns = {{tr("Incident"), 1.15, false},
                           {tr("Action"), 4.2, false},
                           {tr("Owner"), 1.5, false},
                           {tr("Due"), 1.25, false},
                           {tr("Days overdue"), 1.1, true}};
    for (const CorrectiveAction& action : actions) {
        QString late = tr("—");
        if (!action.dueOn.isValid())
            late = tr("No due date");
        else if (action.dueOn < to)
            late = c.toString(action.dueOn.daysTo(to));
        actionTable.rows.push_back({incidentReference(action.incidentId), action.title,
                                    action.owner, PackDates::text(action.dueOn), late});
    }
    actionTable.emptyText = tr("No corrective action was open on %1.").arg(asOfText);
    content.blocks.push_back(actionTable);

    QJsonArray incidentsJson;
    for (const Incident* incident : shown)
        incidentsJson.append(incidentJson(*incident));
    QJsonArray noticesJson;
    for (const NoticeRow& row : notices)
        noticesJson.append(noticeJson(row));
    content.recordCount = int(shown.size() + notices.size());
    content.canonicalData = canonicalJson(QJsonObject{
        {QStringLiteral("from"), isoDate(request.from)},
        {QStringLiteral("as_of"), asOfText},
        {QStringLiteral("incidents"), incidentsJson},
        {QStringLiteral("notices"), noticesJson},
    });
    return content;
}

} // namespace palisade
