#include "core/incidents/CorrectiveActionStore.h"

#include "core/storage/Database.h"

namespace palisade {
namespace {

const QString selectAction =
    QStringLiteral("SELECT id, incident_id, title, owner, due_on, done_on, notes, created_at, "
                   "updated_at FROM incident_action ");

void bindFields(Statement& stmt, const CorrectiveAction& action)
{
    stmt.bind(1, action.title)
        .bind(2, action.owner)
        .bindDate(3, action.dueOn)
        .bindDate(4, action.doneOn)
        .bind(5, action.notes)
        .bindTimestamp(6, action.updatedAt);
}

} // namespace

CorrectiveActionStore::CorrectiveActionStore(Database& db)
    : m_db(db)
{
}

CorrectiveAction CorrectiveActionStore::fromRow(const Statement& row)
{
    CorrectiveAction action;
    action.id = row.int64(0);
    action.incidentId = row.int64(1);
    action.title = row.text(2);
    action.owner = row.text(3);
    action.dueOn = row.date(4);
    action.doneOn = row.date(5);
    action.notes = row.text(6);
    action.createdAt = row.timestamp(7);
    action.updatedAt = row.timestamp(8);
    return action;
}

std::vector<CorrectiveAction> CorrectiveActionStore::forIncident(qint64 incidentId) const
{
    std::vector<CorrectiveAction> out;
    Statement rows =
        m_db.prepare(selectAction +
                     QStringLiteral("WHERE incident_id = ?1 ORDER BY due_on IS NULL, due_on, id"));
    rows.bind(1, incidentId);
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<CorrectiveAction> CorrectiveActionStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectAction + QStringLiteral("WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

void CorrectiveActionStore::insert(CorrectiveAction& action)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO incident_action (title, owner, due_on, done_on, notes, updated_at, "
        "incident_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    bindFields(stmt, action);
    stmt.bind(7, action.incidentId).bindTimestamp(8, action.createdAt);
    stmt.exec();
    action.id = m_db.lastInsertRowId();
}

void CorrectiveActionStore::update(const CorrectiveAction& action)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE incident_action SET title = ?1, owner = ?2, due_on = ?3, done_on = ?4, "
        "notes = ?5, updated_at = ?6 WHERE id = ?7"));
    bindFields(stmt, action);
    stmt.bind(7, action.id);
    stmt.exec();
}

void CorrectiveActionStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM incident_action WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
