#include "core/retention/IncidentDisposer.h"

#include "core/incidents/CorrectiveActionStore.h"
#include "core/incidents/EvidenceStore.h"
#include "core/incidents/IncidentEntities.h"
#include "core/incidents/IncidentJson.h"
#include "core/incidents/IncidentStore.h"
#include "core/incidents/NotificationStore.h"
#include "core/retention/RecordTypes.h"

#include <QJsonArray>

namespace palisade {

IncidentDisposer::IncidentDisposer(Database& db)
    : m_db(db)
{
}

QString IncidentDisposer::recordType() const
{
    return recordtype::incident();
}

QJsonObject IncidentDisposer::contentJson(qint64 id) const
{
    const std::optional<Incident> incident = IncidentStore(m_db).find(id);
    if (!incident)
        return {};
    QJsonObject json = IncidentJson::toJson(*incident);
    json.insert(QStringLiteral("assessment"),
                incident->assessment ? QJsonValue(IncidentJson::toJson(*incident->assessment, id))
                                     : QJsonValue());
    QJsonArray evidence;
    for (const IncidentEvidence& each : EvidenceStore(m_db).forIncident(id))
        evidence.append(IncidentJson::toJson(each));
    json.insert(QStringLiteral("evidence"), evidence);
    QJsonArray actions;
    for (const CorrectiveAction& each : CorrectiveActionStore(m_db).forIncident(id))
        actions.append(IncidentJson::toJson(each));
    json.insert(QStringLiteral("actions"), actions);
    return json;
}

std::vector<RecordRef> IncidentDisposer::parts(qint64 id) const
{
    std::vector<RecordRef> out;
    for (const IncidentNotification& each : NotificationStore(m_db).forIncident(id))
        out.push_back(RecordRef{recordtype::incidentNotification(), each.id});
    return out;
}

std::vector<AuditSubject> IncidentDisposer::auditSubjects(qint64 id) const
{
    const QString key = QString::number(id);
    return {AuditSubject{incidententity::incident(), key, {}, {}},
            AuditSubject{incidententity::assessment(), key, {}, {}},
            AuditSubject{incidententity::evidence(), {}, QStringLiteral("incident_id"), key},
            AuditSubject{incidententity::action(), {}, QStringLiteral("incident_id"), key}};
}

void IncidentDisposer::dispose(qint64 id)
{
    EvidenceStore(m_db).removeAllWithFiles(id);
    IncidentStore(m_db).remove(id);
}

} // namespace palisade
