#include "core/incidents/IncidentValidator.h"

#include "core/util/IsoDate.h"

#include <algorithm>
#include <set>

namespace palisade {
namespace {

void sortUnique(std::vector<qint64>& ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

bool IncidentValidator::isJurisdiction(const QString& code)
{
    if (code.size() != 2)
        return false;
    return std::all_of(code.begin(), code.end(),
                       [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
}

void IncidentValidator::normalize(Incident& incident)
{
    incident.title = incident.title.simplified();
    incident.description = incident.description.trimmed();
    incident.reporter = incident.reporter.simplified();
    incident.handler = incident.handler.simplified();
    incident.securedBasis = incident.securedBasis.trimmed();
    incident.containment = incident.containment.trimmed();
    incident.lessonsLearned = incident.lessonsLearned.trimmed();
    QStringList types;
    for (const QString& type : std::as_const(incident.phiTypes)) {
        const QString tidy = type.simplified();
        if (!tidy.isEmpty() && !types.contains(tidy, Qt::CaseInsensitive))
            types << tidy;
    }
    incident.phiTypes = types;
    sortUnique(incident.assetIds);
    sortUnique(incident.coveredEntityIds);
    for (JurisdictionCount& count : incident.affected)
        count.jurisdiction = count.jurisdiction.trimmed().toUpper();
    std::sort(incident.affected.begin(), incident.affected.end(),
              [](const JurisdictionCount& a, const JurisdictionCount& b) {
                  return a.jurisdiction < b.jurisdiction;
              });
}

void IncidentValidator::normalize(BreachAssessment& assessment)
{
    for (BreachAssessment::Answer& answer : assessment.answers)
        answer.narrative = answer.narrative.trimmed();
    assessment.conclusion = assessment.conclusion.trimmed();
    assessment.assessedBy = assessment.assessedBy.simplified();
}

void IncidentValidator::normalize(IncidentNotification& notification)
{
    notification.jurisdiction = notification.jurisdiction.trimmed().toUpper();
    notification.method = notification.method.simplified();
    notification.content = notification.content.trimmed();
    notification.sentBy = notification.sentBy.simplified();
    if (notification.recipient != NotificationRecipient::CoveredEntity)
        notification.counterpartyId = 0;
    // Only a State's media and authority are told per State; a State code on
    // any other notice would keep it from matching the notice it answers.
    if (notification.recipient != NotificationRecipient::Media &&
        notification.recipient != NotificationRecipient::StateAuthority)
        notification.jurisdiction.clear();
}

void IncidentValidator::normalize(CorrectiveAction& action)
{
    action.title = action.title.simplified();
    action.owner = action.owner.simplified();
    action.notes = action.notes.trimmed();
}

void IncidentValidator::normalize(StateNotificationRule& rule)
{
    rule.jurisdiction = rule.jurisdiction.trimmed().toUpper();
    rule.authority = rule.authority.simplified();
    rule.citation = rule.citation.simplified();
    rule.notes = rule.notes.trimmed();
}

QStringList IncidentValidator::problems(const Incident& incident, const QDate& today)
{
    QStringList found;
    if (incident.title.isEmpty())
        found << tr("Give the incident a title.");
    else if (incident.title.size() > maximumTitleLength)
        found << tr("The title is longer than %1 characters.").arg(maximumTitleLength);
    if (!incident.discoveredOn.isValid())
        found << tr("Enter the day the incident was discovered: it starts every notification "
                    "clock.");
    const struct
    {
        QDate date;
        QString name;
    } dates[] = {
        {incident.occurredOn, tr("occurred")}, {incident.discoveredOn, tr("discovered")},
        {incident.reportedOn, tr("reported")}, {incident.containedOn, tr("contained")},
        {incident.closedOn, tr("closed")},
    };
    for (const auto& each : dates) {
        if (each.date.isValid() && each.date > today)
            found << tr("The date it was %1, %2, is in the future.")
                         .arg(each.name, isoDate(each.date));
    }
    if (incident.occurredOn.isValid() && incident.discoveredOn.isValid() &&
        incident.occurredOn > incident.discoveredOn)
        found << tr("It cannot have been discovered (%1) before it occurred (%2).")
                     .arg(isoDate(incident.discoveredOn), isoDate(incident.occurredOn));
    if (incident.closedOn.isValid() && incident.discoveredOn.isValid() &&
        incident.closedOn < incident.discoveredOn)
        found << tr("It cannot be closed (%1) before it was discovered (%2).")
                     .arg(isoDate(incident.closedOn), isoDate(incident.discoveredOn));
    if (incident.occurredOn.isValid() && incident.containedOn.isValid() &&
        incident.containedOn < incident.occurredOn)
        found << tr("It cannot have been contained (%1) before it occurred (%2).")
                     .arg(isoDate(incident.containedOn), isoDate(incident.occurredOn));
    if (incident.occurredOn.isValid() && incident.reportedOn.isValid() &&
        incident.reportedOn < incident.occurredOn)
        found << tr("It cannot have been reported (%1) before it occurred (%2).")
                     .arg(isoDate(incident.reportedOn), isoDate(incident.occurredOn));
    if (incident.phiSecured && incident.securedBasis.isEmpty())
        found << tr("Say why the PHI was secured (for example, encrypted per NIST SP 800-111 "
                    "with a key that was not compromised).");
    if (incident.notifiesForCoveredEntity && incident.coveredEntityIds.empty())
        found << tr("Only an incident involving a covered entity's PHI can delegate its "
                    "notices to us: name the covered entity.");
    std::set<QString> seen;
    for (const JurisdictionCount& count : incident.affected) {
        if (!isJurisdiction(count.jurisdiction))
            found << tr("\"%1\" is not a two-letter State or jurisdiction code.")
                         .arg(count.jurisdiction);
        else if (!seen.insert(count.jurisdiction).second)
            found << tr("%1 is listed twice among the affected.").arg(count.jurisdiction);
        if (count.individuals < 0)
            found << tr("The number of affected individuals in %1 cannot be negative.")
                         .arg(count.jurisdiction);
    }
    return found;
}

QStringList IncidentValidator::problems(const BreachAssessment& assessment,
                                        const QDate& discoveredOn, const QDate& today)
{
    QStringList found;
    for (int factor = 0; factor < BreachAssessment::factorCount; ++factor) {
        if (assessment.answers[std::size_t(factor)].narrative.isEmpty())
            found << tr("Explain the rating of the factor \"%1\".")
                         .arg(breachFactorTitle(BreachAssessment::Factor(factor)));
    }
    if (assessment.conclusion.isEmpty())
        found << tr("State the conclusion and why it follows from the four factors.");
    if (assessment.assessedBy.isEmpty())
        found << tr("Name who made the assessment.");
    if (!assessment.assessedOn.isValid())
        found << tr("Enter the day of the assessment.");
    else if (assessment.assessedOn > today)
        found << tr("The assessment date %1 is in the future.").arg(isoDate(assessment.assessedOn));
    else if (discoveredOn.isValid() && assessment.assessedOn < discoveredOn)
        found << tr("The assessment (%1) cannot come before the incident was discovered (%2).")
                     .arg(isoDate(assessment.assessedOn), isoDate(discoveredOn));
    return found;
}

QStringList IncidentValidator::problems(const IncidentNotification& notification,
                                        const QDate& discoveredOn, const QDate& today)
{
    QStringList found;
    if (!notification.sentOn.isValid())
        found << tr("Enter the day the notice was sent.");
    else if (notification.sentOn > today)
        found << tr("The notice date %1 is in the future.").arg(isoDate(notification.sentOn));
    else if (discoveredOn.isValid() && notification.sentOn < discoveredOn)
        found << tr("The notice (%1) cannot be sent before the incident was discovered (%2).")
                     .arg(isoDate(notification.sentOn), isoDate(discoveredOn));
    if (notification.method.isEmpty())
        found << tr("Say how the notice was sent (for example, first-class mail, email, the HHS "
                    "web portal).");
    const bool needsState = notification.recipient == NotificationRecipient::Media ||
                            notification.recipient == NotificationRecipient::StateAuthority;
    if (needsState && !isJurisdiction(notification.jurisdiction))
        found << tr("Name the State or jurisdiction (a two-letter code) whose %1 was notified.")
                     .arg(notificationRecipientLabel(notification.recipient).toLower());
    else if (!notification.jurisdiction.isEmpty() && !isJurisdiction(notification.jurisdiction))
        found << tr("\"%1\" is not a two-letter State or jurisdiction code.")
                     .arg(notification.jurisdiction);
    if (notification.recipient == NotificationRecipient::CoveredEntity &&
        notification.counterpartyId <= 0)
        found << tr("Choose the covered entity that was notified.");
    return found;
}

QStringList IncidentValidator::problems(const CorrectiveAction& action)
{
    QStringList found;
    if (action.title.isEmpty())
        found << tr("Say what the corrective action is.");
    else if (action.title.size() > maximumTitleLength)
        found << tr("The title is longer than %1 characters.").arg(maximumTitleLength);
    return found;
}

QStringList IncidentValidator::problems(const StateNotificationRule& rule)
{
    QStringList found;
    if (!isJurisdiction(rule.jurisdiction))
        found
            << tr("\"%1\" is not a two-letter State or jurisdiction code.").arg(rule.jurisdiction);
    if (rule.authority.isEmpty())
        found << tr("Name the authority the State requires to be notified.");
    if (rule.minimumResidents < 1)
        found << tr("The rule applies from at least one resident.");
    if (rule.days < 1 || rule.days > 365)
        found << tr("The notice period must be between 1 and 365 days.");
    return found;
}

} // namespace palisade
