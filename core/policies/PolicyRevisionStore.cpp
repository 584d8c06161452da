#include "core/policies/PolicyRevisionStore.h"

#include "core/files/StoredFileStore.h"
#include "core/storage/Database.h"

namespace palisade {

PolicyRevisionStore::PolicyRevisionStore(Database& db)
    : m_db(db)
{
}

PolicyRevision PolicyRevisionStore::fromRow(const Statement& row)
{
    PolicyRevision revision;
    revision.id = row.int64(0);
    revision.policyId = row.int64(1);
    revision.number = int(row.int64(2));
    revision.state = revisionStateFromKey(row.text(3)).value_or(RevisionState::Draft);
    revision.changeSummary = row.text(4);
    revision.author = row.text(5);
    revision.content = row.text(6);
    revision.approvedOn = row.date(7);
    revision.effectiveOn = row.date(8);
    revision.endedOn = row.date(9);
    revision.createdAt = row.timestamp(10);
    revision.updatedAt = row.timestamp(11);
    revision.file = StoredFileStore::fromRow(row, 12);
    return revision;
}

std::vector<PolicyRevision> PolicyRevisionStore::select(const QString& where, qint64 id) const
{
    std::vector<PolicyRevision> revisions;
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT r.id, r.policy_id, r.number, r.state, r.change_summary, r.author, "
                       "r.content, r.approved_on, r.effective_on, r.ended_on, r.created_at, "
                       "r.updated_at, ") +
        StoredFileStore::columns(QStringLiteral("f")) +
        QStringLiteral(" FROM policy_revision r LEFT JOIN stored_file f ON f.id = r.file_id ") +
        where + QStringLiteral(" ORDER BY r.policy_id, r.number"));
    if (!where.isEmpty())
        rows.bind(1, id);
    while (rows.step())
        revisions.push_back(fromRow(rows));
    return revisions;
}

std::vector<PolicyRevision> PolicyRevisionStore::all() const
{
    return select({}, 0);
}

std::vector<PolicyRevision> PolicyRevisionStore::forPolicy(qint64 policyId) const
{
    return select(QStringLiteral("WHERE r.policy_id = ?1"), policyId);
}

std::optional<PolicyRevision> PolicyRevisionStore::find(qint64 id) const
{
    std::vector<PolicyRevision> found = select(QStringLiteral("WHERE r.id = ?1"), id);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

int PolicyRevisionStore::nextNumber(qint64 policyId) const
{
    Statement row = m_db.prepare(QStringLiteral(
        "SELECT coalesce(max(number), 0) + 1 FROM policy_revision WHERE policy_id = ?1"));
    row.bind(1, policyId);
    row.step();
    return int(row.int64(0));
}

void PolicyRevisionStore::insert(PolicyRevision& revision)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO policy_revision (policy_id, number, state, change_summary, author, content, "
        "file_id, approved_on, effective_on, ended_on, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    stmt.bind(1, revision.policyId)
        .bind(2, revision.number)
        .bind(3, revisionStateKey(revision.state))
        .bind(4, revision.changeSummary)
        .bind(5, revision.author)
        .bind(6, revision.content);
    if (revision.fileId() > 0)
        stmt.bind(7, revision.fileId());
    else
        stmt.bindNull(7);
    stmt.bindDate(8, revision.approvedOn)
        .bindDate(9, revision.effectiveOn)
        .bindDate(10, revision.endedOn)
        .bindTimestamp(11, revision.createdAt)
        .bindTimestamp(12, revision.updatedAt);
    stmt.exec();
    revision.id = m_db.lastInsertRowId();
}

void PolicyRevisionStore::update(const PolicyRevision& revision)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE policy_revision SET state = ?2, change_summary = ?3, content = ?4, file_id = ?5, "
        "approved_on = ?6, effective_on = ?7, ended_on = ?8, updated_at = ?9 WHERE id = ?1"));
    stmt.bind(1, revision.id)
        .bind(2, revisionStateKey(revision.state))
        .bind(3, revision.changeSummary)
        .bind(4, revision.content);
    if (revision.fileId() > 0)
        stmt.bind(5, revision.fileId());
    else
        stmt.bindNull(5);
    stmt.bindDate(6, revision.approvedOn)
        .bindDate(7, revision.effectiveOn)
        .bindDate(8, revision.endedOn)
        .bindTimestamp(9, revision.updatedAt);
    stmt.exec();
}

void PolicyRevisionStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM policy_revision WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

void PolicyRevisionStore::removeWithFile(const PolicyRevision& revision)
{
    remove(revision.id);
    if (revision.file)
        StoredFileStore(m_db).remove(revision.file->id);
}

} // namespace palisade
