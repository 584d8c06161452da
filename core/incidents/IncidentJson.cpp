#include "core/incidents/IncidentJson.h"

#include "core/files/StoredFileJson.h"
#include "core/util/IsoDate.h"

#include <QJsonArray>
#include <QJsonValue>

namespace palisade {
namespace {

QString idText(qint64 id)
{
    return QString::number(id);
}

QJsonArray idArray(const std::vector<qint64>& ids)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(idText(id));
    return out;
}

QJsonValue fileJson(const std::optional<StoredFile>& file)
{
    return file ? QJsonValue(StoredFileJson::toJson(*file)) : QJsonValue();
}

const char* const factorKeys[BreachAssessment::factorCount] = {"nature", "unauthorized_person",
                                                               "acquired_or_viewed", "mitigation"};

} // namespace

QJsonObject IncidentJson::toJson(const Incident& incident)
{
    QJsonArray affected;
    for (const JurisdictionCount& count : incident.affected)
        affected.append(QJsonObject{{QStringLiteral("jurisdiction"), count.jurisdiction},
                                    {QStringLiteral("individuals"), count.individuals}});
    return QJsonObject{
        {QStringLiteral("id"), idText(incident.id)},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("description"), incident.description},
        {QStringLiteral("kind"), incidentKindKey(incident.kind)},
        {QStringLiteral("occurred_on"), isoDate(incident.occurredOn)},
        {QStringLiteral("discovered_on"), isoDate(incident.discoveredOn)},
        {QStringLiteral("reported_on"), isoDate(incident.reportedOn)},
        {QStringLiteral("contained_on"), isoDate(incident.containedOn)},
        {QStringLiteral("closed_on"), isoDate(incident.closedOn)},
        {QStringLiteral("reporter"), incident.reporter},
        {QStringLiteral("handler"), incident.handler},
        {QStringLiteral("asset_ids"), idArray(incident.assetIds)},
        {QStringLiteral("covered_entity_ids"), idArray(incident.coveredEntityIds)},
        {QStringLiteral("notifies_for_covered_entity"), incident.notifiesForCoveredEntity},
        {QStringLiteral("phi_types"), QJsonArray::fromStringList(incident.phiTypes)},
        {QStringLiteral("phi_secured"), incident.phiSecured},
        {QStringLiteral("secured_basis"), incident.securedBasis},
        {QStringLiteral("affected"), affected},
        {QStringLiteral("containment"), incident.containment},
        {QStringLiteral("lessons_learned"), incident.lessonsLearned},
    };
}

QJsonObject IncidentJson::toJson(const BreachAssessment& assessment, qint64 incidentId)
{
    QJsonObject json{
        {QStringLiteral("incident_id"), idText(incidentId)},
        {QStringLiteral("low_probability"), assessment.lowProbability},
        {QStringLiteral("conclusion"), assessment.conclusion},
        {QStringLiteral("assessed_by"), assessment.assessedBy},
        {QStringLiteral("assessed_on"), isoDate(assessment.assessedOn)},
    };
    for (int factor = 0; factor < BreachAssessment::factorCount; ++factor) {
        const BreachAssessment::Answer& answer = assessment.answers[std::size_t(factor)];
        json.insert(QLatin1String(factorKeys[factor]),
                    QJsonObject{{QStringLiteral("rating"), factorRatingKey(answer.rating)},
                                {QStringLiteral("narrative"), answer.narrative}});
    }
    return json;
}

QJsonObject IncidentJson::toJson(const IncidentNotification& notification)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(notification.id)},
        {QStringLiteral("incident_id"), idText(notification.incidentId)},
        {QStringLiteral("recipient"), notificationRecipientKey(notification.recipient)},
        {QStringLiteral("jurisdiction"), notification.jurisdiction},
        {QStringLiteral("counterparty_id"), notification.counterpartyId > 0
                                                ? QJsonValue(idText(notification.counterpartyId))
                                                : QJsonValue()},
        {QStringLiteral("sent_on"), isoDate(notification.sentOn)},
        {QStringLiteral("method"), notification.method},
        {QStringLiteral("content"), notification.content},
        {QStringLiteral("file"), fileJson(notification.file)},
        {QStringLiteral("sent_by"), notification.sentBy},
        {QStringLiteral("recorded_by"), notification.recordedBy},
    };
}

QJsonObject IncidentJson::toJson(const CorrectiveAction& action)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(action.id)},
        {QStringLiteral("incident_id"), idText(action.incidentId)},
        {QStringLiteral("title"), action.title},
        {QStringLiteral("owner"), action.owner},
        {QStringLiteral("due_on"), isoDate(action.dueOn)},
        {QStringLiteral("done_on"), isoDate(action.doneOn)},
        {QStringLiteral("notes"), action.notes},
    };
}

QJsonObject IncidentJson::toJson(const IncidentEvidence& evidence)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(evidence.id)},
        {QStringLiteral("incident_id"), idText(evidence.incidentId)},
        {QStringLiteral("note"), evidence.note},
        {QStringLiteral("file"), fileJson(evidence.file)},
        {QStringLiteral("added_by"), evidence.addedBy},
    };
}

QJsonObject IncidentJson::toJson(const StateNotificationRule& rule)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(rule.id)},
        {QStringLiteral("jurisdiction"), rule.jurisdiction},
        {QStringLiteral("authority"), rule.authority},
        {QStringLiteral("minimum_residents"), rule.minimumResidents},
        {QStringLiteral("days"), rule.days},
        {QStringLiteral("citation"), rule.citation},
        {QStringLiteral("notes"), rule.notes},
    };
}

} // namespace palisade
