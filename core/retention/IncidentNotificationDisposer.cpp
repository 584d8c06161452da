#include "core/retention/IncidentNotificationDisposer.h"

#include "core/incidents/IncidentJson.h"
#include "core/incidents/NotificationStore.h"
#include "core/retention/RecordTypes.h"

namespace palisade {

IncidentNotificationDisposer::IncidentNotificationDisposer(Database& db)
    : m_db(db)
{
}

QString IncidentNotificationDisposer::recordType() const
{
    return recordtype::incidentNotification();
}

QJsonObject IncidentNotificationDisposer::contentJson(qint64 id) const
{
    const std::optional<IncidentNotification> notice = NotificationStore(m_db).find(id);
    return notice ? IncidentJson::toJson(*notice) : QJsonObject();
}

void IncidentNotificationDisposer::dispose(qint64 id)
{
    NotificationStore(m_db).removeWithFile(id);
}

} // namespace palisade
