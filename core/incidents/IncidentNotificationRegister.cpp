#include "core/incidents/IncidentNotificationRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/files/StoredFileJson.h"
#include "core/files/StoredFileKeeper.h"
#include "core/incidents/IncidentEntities.h"
#include "core/incidents/IncidentJson.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/IncidentValidator.h"
#include "core/incidents/NotificationStore.h"
#include "core/program/Program.h"
#include "core/storage/StorageGuard.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"

#include <algorithm>

namespace palisade {

IncidentNotificationRegister::IncidentNotificationRegister(Program& program)
    : m_writer(program)
{
}

Result<std::vector<IncidentNotification>>
IncidentNotificationRegister::notifications(qint64 incidentId) const
{
    return guardStorage(tr("Reading the notifications failed"), [&] {
        return NotificationStore(m_writer.database()).forIncident(incidentId);
    });
}

Result<IncidentNotification>
IncidentNotificationRegister::recordNotification(IncidentNotification notification,
                                                 const QString& fileName, const QByteArray& content)
{
    Program& program = m_writer.program();
    Result<Incident> stored = program.incidents().incident(notification.incidentId);
    if (!stored)
        return stored.error();
    notification.id = 0;
    notification.file.reset();
    IncidentValidator::normalize(notification);
    QStringList found =
        IncidentValidator::problems(notification, stored->discoveredOn, program.clock().today());
    const std::vector<qint64>& entities = stored->coveredEntityIds;
    if (notification.recipient == NotificationRecipient::CoveredEntity &&
        notification.counterpartyId > 0 &&
        std::find(entities.begin(), entities.end(), notification.counterpartyId) == entities.end())
        found << tr("The counterparty notified is not among the covered entities whose PHI %1 "
                    "involved.")
                     .arg(incidentReference(stored->id));
    if (!found.isEmpty())
        return BatchProblems::refusal(found);
    Result<std::optional<PendingFile>> pending = m_writer.prepareOptionalFile(fileName, content);
    if (!pending)
        return pending.error();
    notification.recordedAt = program.clock().nowUtc();
    notification.recordedBy = program.actor();
    Result<void> written =
        m_writer.write(tr("Saving the notification failed"), [&](AuditTrail& audit) {
            Database& db = m_writer.database();
            if (*pending)
                notification.file = StoredFileKeeper(db).store(**pending);
            NotificationStore(db).insert(notification);
            m_writer.record(audit, QStringLiteral("sent"), incidententity::notification(),
                            notification.id, {}, IncidentJson::toJson(notification));
        });
    if (!written)
        return written.error();
    emit notificationsChanged();
    return notification;
}

Result<QByteArray>
IncidentNotificationRegister::notificationFileContent(qint64 notificationId) const
{
    Result<IncidentNotification> stored = IncidentWriter::required(
        guardStorage(tr("Reading the notification failed"),
                     [&] { return NotificationStore(m_writer.database()).find(notificationId); }),
        tr("The notification no longer exists."));
    if (!stored)
        return stored.error();
    if (!stored->file)
        return IncidentWriter::refusal(tr("The notification has no copy attached."));
    return StoredFileKeeper(m_writer.database()).content(stored->file->id);
}

Result<void> IncidentNotificationRegister::saveNotificationCopy(qint64 notificationId,
                                                                const QString& path)
{
    Result<IncidentNotification> stored = IncidentWriter::required(
        guardStorage(tr("Reading the notification failed"),
                     [&] { return NotificationStore(m_writer.database()).find(notificationId); }),
        tr("The notification no longer exists."));
    if (!stored)
        return stored.error();
    Result<QByteArray> content = notificationFileContent(notificationId);
    if (!content)
        return content.error();
    if (Result<void> saved = StoredFileKeeper::saveCopy(*content, path); !saved)
        return saved;
    const QJsonObject copied{
        {QStringLiteral("id"), QString::number(stored->id)},
        {QStringLiteral("incident_id"), QString::number(stored->incidentId)},
        {QStringLiteral("file"), StoredFileJson::toJson(*stored->file)},
        {QStringLiteral("copied_to"), path},
    };
    // The copy is already written; only the record of it can fail here.
    return m_writer.write(tr("Recording the copy failed"), [&](AuditTrail& audit) {
        m_writer.record(audit, QStringLiteral("copied"), incidententity::notification(), stored->id,
                        {}, copied);
    });
}

} // namespace palisade
