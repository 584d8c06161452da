#pragma once

#include "core/incidents/BreachAssessment.h"
#include "core/incidents/CorrectiveAction.h"
#include "core/incidents/Incident.h"
#include "core/incidents/IncidentEvidence.h"
#include "core/incidents/IncidentNotification.h"
#include "core/incidents/StateNotificationRule.h"

#include <QJsonObject>

namespace palisade {

// The JSON forms of incident records, as the audit trail and the disposal log
// record them. Parts of an incident carry "incident_id" so its history can
// gather them.
class IncidentJson
{
public:
    static QJsonObject toJson(const Incident& incident); // without its assessment
    static QJsonObject toJson(const BreachAssessment& assessment, qint64 incidentId);
    static QJsonObject toJson(const IncidentNotification& notification);
    static QJsonObject toJson(const CorrectiveAction& action);
    static QJsonObject toJson(const IncidentEvidence& evidence);
    static QJsonObject toJson(const StateNotificationRule& rule);
};

} // namespace palisade
