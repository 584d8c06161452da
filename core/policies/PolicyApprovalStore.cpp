#include "core/policies/PolicyApprovalStore.h"

#include "core/storage/Database.h"

namespace palisade {

PolicyApprovalStore::PolicyApprovalStore(Database& db)
    : m_db(db)
{
}

PolicyApproval PolicyApprovalStore::fromRow(const Statement& row)
{
    PolicyApproval approval;
    approval.id = row.int64(0);
    approval.revisionId = row.int64(1);
    approval.approver = row.text(2);
    approval.role = row.text(3);
    approval.approvedOn = row.date(4);
    approval.meaning = row.text(5);
    approval.recordedAt = row.timestamp(6);
    approval.recordedBy = row.text(7);
    return approval;
}

std::vector<PolicyApproval> PolicyApprovalStore::forRevision(qint64 revisionId) const
{
    std::vector<PolicyApproval> approvals;
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT id, revision_id, approver, role, approved_on, meaning, recorded_at, "
                       "recorded_by FROM policy_approval WHERE revision_id = ?1 "
                       "ORDER BY approved_on, id"));
    rows.bind(1, revisionId);
    while (rows.step())
        approvals.push_back(fromRow(rows));
    return approvals;
}

void PolicyApprovalStore::insert(PolicyApproval& approval)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO policy_approval (revision_id, approver, role, approved_on, meaning, "
        "recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    stmt.bind(1, approval.revisionId)
        .bind(2, approval.approver)
        .bind(3, approval.role)
        .bindDate(4, approval.approvedOn)
        .bind(5, approval.meaning)
        .bindTimestamp(6, approval.recordedAt)
        .bind(7, approval.recordedBy);
    stmt.exec();
    approval.id = m_db.lastInsertRowId();
}

void PolicyApprovalStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM policy_approval WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
