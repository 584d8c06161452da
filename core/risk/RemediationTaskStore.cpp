#include "core/risk/RemediationTaskStore.h"

#include "core/storage/Database.h"

#include <QHash>

namespace palisade {

RemediationTaskStore::RemediationTaskStore(Database& db) : m_db(db) {}

RemediationTask RemediationTaskStore::fromRow(const Statement& row)
{
    RemediationTask task;
    task.id = row.int64(0);
    task.riskId = row.int64(1);
    task.title = row.text(2);
    task.owner = row.text(3);
    task.dueOn = row.date(4);
    task.status = taskStatusFromKey(row.text(5)).value_or(TaskStatus::Open);
    task.completedOn = row.date(6);
    task.evidenceNote = row.text(7);
    task.createdAt = row.timestamp(8);
    task.updatedAt = row.timestamp(9);
    return task;
}

std::vector<RemediationTask> RemediationTaskStore::select(const QString& where, qint64 key) const
{
    std::vector<RemediationTask> tasks;
    QHash<qint64, std::size_t> index;
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT id, risk_id, title, owner, due_on, status, completed_on, "
                       "evidence_note, created_at, updated_at FROM remediation_task %1 ORDER BY id")
            .arg(where));
    if (!where.isEmpty())
        rows.bind(1, key);
    while (rows.step()) {
        tasks.push_back(fromRow(rows));
        index.insert(tasks.back().id, tasks.size() - 1);
    }
    Statement citations = m_db.prepare(
        QStringLiteral("SELECT c.task_id, c.citation FROM remediation_task_citation c "
                       "JOIN remediation_task t ON t.id = c.task_id %1 ORDER BY c.task_id, c.citation")
            .arg(QString(where).replace(QStringLiteral("WHERE "), QStringLiteral("WHERE t."))));
    if (!where.isEmpty())
        citations.bind(1, key);
    while (citations.step()) {
        if (const auto it = index.constFind(citations.int64(0)); it != index.constEnd())
            tasks[*it].citations << citations.text(1);
    }
    return tasks;
}

std::vector<RemediationTask> RemediationTaskStore::all() const
{
    return select({}, 0);
}

std::vector<RemediationTask> RemediationTaskStore::forRisk(qint64 riskId) const
{
    return select(QStringLiteral("WHERE risk_id = ?1"), riskId);
}

std::optional<RemediationTask> RemediationTaskStore::find(qint64 id) const
{
    std::vector<RemediationTask> found = select(QStringLiteral("WHERE id = ?1"), id);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

void RemediationTaskStore::insert(RemediationTask& task)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO remediation_task (risk_id, title, owner, due_on, status, completed_on, "
        "evidence_note, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    stmt.bind(1, task.riskId)
        .bind(2, task.title)
        .bind(3, task.owner)
        .bindDate(4, task.dueOn)
        .bind(5, taskStatusKey(task.status))
        .bindDate(6, task.completedOn)
        .bind(7, task.evidenceNote)
        .bindTimestamp(8, task.createdAt)
        .bindTimestamp(9, task.updatedAt);
    stmt.exec();
    task.id = m_db.lastInsertRowId();
    writeCitations(task);
}

void RemediationTaskStore::update(const RemediationTask& task)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE remediation_task SET title = ?2, owner = ?3, due_on = ?4, status = ?5, "
        "completed_on = ?6, evidence_note = ?7, updated_at = ?8 WHERE id = ?1"));
    stmt.bind(1, task.id)
        .bind(2, task.title)
        .bind(3, task.owner)
        .bindDate(4, task.dueOn)
        .bind(5, taskStatusKey(task.status))
        .bindDate(6, task.completedOn)
        .bind(7, task.evidenceNote)
        .bindTimestamp(8, task.updatedAt);
    stmt.exec();
    Statement clear =
        m_db.prepare(QStringLiteral("DELETE FROM remediation_task_citation WHERE task_id = ?1"));
    clear.bind(1, task.id).exec();
    writeCitations(task);
}

void RemediationTaskStore::writeCitations(const RemediationTask& task)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO remediation_task_citation (task_id, citation) VALUES (?1, ?2)"));
    for (const QString& citation : task.citations) {
        stmt.bind(1, task.id).bind(2, citation);
        stmt.exec();
    }
}

void RemediationTaskStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM remediation_task WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
