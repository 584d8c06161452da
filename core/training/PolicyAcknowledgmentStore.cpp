#include "core/training/PolicyAcknowledgmentStore.h"

#include "core/storage/Database.h"

namespace palisade {
namespace {

const QString selectAcknowledgment =
    QStringLiteral("SELECT id, person_id, revision_id, acknowledged_on, recorded_at, recorded_by "
                   "FROM policy_acknowledgment ");

} // namespace

PolicyAcknowledgmentStore::PolicyAcknowledgmentStore(Database& db)
    : m_db(db)
{
}

PolicyAcknowledgment PolicyAcknowledgmentStore::fromRow(const Statement& row)
{
    PolicyAcknowledgment acknowledgment;
    acknowledgment.id = row.int64(0);
    acknowledgment.personId = row.int64(1);
    acknowledgment.revisionId = row.int64(2);
    acknowledgment.acknowledgedOn = row.date(3);
    acknowledgment.recordedAt = row.timestamp(4);
    acknowledgment.recordedBy = row.text(5);
    return acknowledgment;
}

std::vector<PolicyAcknowledgment> PolicyAcknowledgmentStore::select(const QString& where,
                                                                    qint64 id) const
{
    std::vector<PolicyAcknowledgment> out;
    Statement rows = m_db.prepare(selectAcknowledgment + where);
    rows.bind(1, id);
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<PolicyAcknowledgment> PolicyAcknowledgmentStore::find(qint64 id) const
{
    std::vector<PolicyAcknowledgment> found = select(QStringLiteral("WHERE id = ?1"), id);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::optional<PolicyAcknowledgment> PolicyAcknowledgmentStore::find(qint64 personId,
                                                                    qint64 revisionId) const
{
    Statement row = m_db.prepare(selectAcknowledgment +
                                 QStringLiteral("WHERE person_id = ?1 AND revision_id = ?2"));
    row.bind(1, personId).bind(2, revisionId);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

std::vector<PolicyAcknowledgment> PolicyAcknowledgmentStore::forRevision(qint64 revisionId) const
{
    return select(QStringLiteral("WHERE revision_id = ?1 ORDER BY acknowledged_on, person_id"),
                  revisionId);
}

std::vector<PolicyAcknowledgment> PolicyAcknowledgmentStore::forPerson(qint64 personId) const
{
    return select(QStringLiteral("WHERE person_id = ?1 ORDER BY acknowledged_on, revision_id"),
                  personId);
}

std::vector<PolicyAcknowledgment> PolicyAcknowledgmentStore::forPolicy(qint64 policyId) const
{
    return select(
        QStringLiteral("WHERE revision_id IN (SELECT id FROM policy_revision WHERE "
                       "policy_id = ?1) ORDER BY acknowledged_on, revision_id, person_id"),
        policyId);
}

QString PolicyAcknowledgmentStore::revisionState(qint64 revisionId) const
{
    Statement row = m_db.prepare(QStringLiteral("SELECT state FROM policy_revision WHERE id = ?1"));
    row.bind(1, revisionId);
    if (!row.step())
        return {};
    return row.text(0);
}

QString PolicyAcknowledgmentStore::personName(qint64 personId) const
{
    Statement row = m_db.prepare(QStringLiteral("SELECT name FROM person WHERE id = ?1"));
    row.bind(1, personId);
    if (!row.step())
        return {};
    return row.text(0);
}

void PolicyAcknowledgmentStore::insert(PolicyAcknowledgment& acknowledgment)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO policy_acknowledgment (person_id, revision_id, acknowledged_on, recorded_at, "
        "recorded_by) VALUES (?1, ?2, ?3, ?4, ?5)"));
    stmt.bind(1, acknowledgment.personId)
        .bind(2, acknowledgment.revisionId)
        .bindDate(3, acknowledgment.acknowledgedOn)
        .bindTimestamp(4, acknowledgment.recordedAt)
        .bind(5, acknowledgment.recordedBy);
    stmt.exec();
    acknowledgment.id = m_db.lastInsertRowId();
}

void PolicyAcknowledgmentStore::remove(qint64 id)
{
    Statement stmt =
        m_db.prepare(QStringLiteral("DELETE FROM policy_acknowledgment WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
