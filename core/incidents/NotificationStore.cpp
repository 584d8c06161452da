#include "core/incidents/NotificationStore.h"

#include "core/files/StoredFileStore.h"
#include "core/storage/Database.h"

namespace palisade {
namespace {

QString selectNotification()
{
    return QStringLiteral("SELECT n.id, n.incident_id, n.recipient, n.jurisdiction, "
                          "n.counterparty_id, n.sent_on, n.method, n.content, n.sent_by, "
                          "n.recorded_at, n.recorded_by, ") +
           StoredFileStore::columns(QStringLiteral("f")) +
           QStringLiteral(" FROM incident_notification n "
                          "LEFT JOIN stored_file f ON f.id = n.file_id ");
}

} // namespace

NotificationStore::NotificationStore(Database& db)
    : m_db(db)
{
}

IncidentNotification NotificationStore::fromRow(const Statement& row)
{
    IncidentNotification notice;
    notice.id = row.int64(0);
    notice.incidentId = row.int64(1);
    notice.recipient =
        notificationRecipientFromKey(row.text(2)).value_or(NotificationRecipient::Individuals);
    notice.jurisdiction = row.text(3);
    notice.counterpartyId = row.isNull(4) ? 0 : row.int64(4);
    notice.sentOn = row.date(5);
    notice.method = row.text(6);
    notice.content = row.text(7);
    notice.sentBy = row.text(8);
    notice.recordedAt = row.timestamp(9);
    notice.recordedBy = row.text(10);
    notice.file = StoredFileStore::fromRow(row, 11);
    return notice;
}

std::vector<IncidentNotification> NotificationStore::all() const
{
    std::vector<IncidentNotification> out;
    Statement rows = m_db.prepare(selectNotification() +
                                  QStringLiteral("ORDER BY n.incident_id, n.sent_on, n.id"));
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::vector<IncidentNotification> NotificationStore::forIncident(qint64 id) const
{
    std::vector<IncidentNotification> out;
    Statement rows = m_db.prepare(
        selectNotification() + QStringLiteral("WHERE n.incident_id = ?1 ORDER BY n.sent_on, n.id"));
    rows.bind(1, id);
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<IncidentNotification> NotificationStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectNotification() + QStringLiteral("WHERE n.id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

int NotificationStore::countFor(qint64 incidentId) const
{
    Statement row = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM incident_notification WHERE incident_id = ?1"));
    row.bind(1, incidentId);
    row.step();
    return int(row.int64(0));
}

void NotificationStore::insert(IncidentNotification& notification)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO incident_notification (incident_id, recipient, jurisdiction, "
        "counterparty_id, sent_on, method, content, file_id, sent_by, recorded_at, recorded_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    stmt.bind(1, notification.incidentId)
        .bind(2, notificationRecipientKey(notification.recipient))
        .bind(3, notification.jurisdiction);
    if (notification.counterpartyId > 0)
        stmt.bind(4, notification.counterpartyId);
    else
        stmt.bindNull(4);
    stmt.bindDate(5, notification.sentOn)
        .bind(6, notification.method)
        .bind(7, notification.content);
    if (notification.file)
        stmt.bind(8, notification.file->id);
    else
        stmt.bindNull(8);
    stmt.bind(9, notification.sentBy)
        .bindTimestamp(10, notification.recordedAt)
        .bind(11, notification.recordedBy);
    stmt.exec();
    notification.id = m_db.lastInsertRowId();
}

void NotificationStore::removeWithFile(qint64 id)
{
    const std::optional<IncidentNotification> notice = find(id);
    if (!notice)
        return;
    Statement stmt =
        m_db.prepare(QStringLiteral("DELETE FROM incident_notification WHERE id = ?1"));
    stmt.bind(1, id).exec();
    if (notice->file)
        StoredFileStore(m_db).remove(notice->file->id);
}

} // namespace palisade
