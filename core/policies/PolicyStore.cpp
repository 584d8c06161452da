#include "core/policies/PolicyStore.h"

#include "core/storage/Database.h"

#include <QHash>

namespace palisade {
namespace {

const QString selectPolicy =
    QStringLiteral("SELECT id, code, title, category, owner, review_cycle_months, template, "
                   "retired_on, created_at, updated_at FROM policy");

} // namespace

PolicyStore::PolicyStore(Database& db)
    : m_db(db)
{
}

Policy PolicyStore::fromRow(const Statement& row)
{
    Policy policy;
    policy.id = row.int64(0);
    policy.code = row.text(1);
    policy.title = row.text(2);
    policy.category = policyCategoryFromKey(row.text(3)).value_or(PolicyCategory::Administrative);
    policy.owner = row.text(4);
    policy.reviewCycleMonths = int(row.int64(5));
    policy.templateKey = row.text(6);
    policy.retiredOn = row.date(7);
    policy.createdAt = row.timestamp(8);
    policy.updatedAt = row.timestamp(9);
    return policy;
}

void PolicyStore::readChildren(std::vector<Policy>& policies, const QString& where) const
{
    QHash<qint64, std::size_t> index;
    for (std::size_t i = 0; i < policies.size(); ++i)
        index.insert(policies[i].id, i);
    Statement citations =
        m_db.prepare(QStringLiteral("SELECT policy_id, citation FROM policy_citation ") + where +
                     QStringLiteral(" ORDER BY policy_id, citation"));
    while (citations.step()) {
        if (const auto it = index.constFind(citations.int64(0)); it != index.constEnd())
            policies[*it].citations << citations.text(1);
    }
    Statement roles =
        m_db.prepare(QStringLiteral("SELECT policy_id, role FROM policy_required_approval ") +
                     where + QStringLiteral(" ORDER BY policy_id, position"));
    while (roles.step()) {
        if (const auto it = index.constFind(roles.int64(0)); it != index.constEnd())
            policies[*it].requiredApprovalRoles << roles.text(1);
    }
}

std::vector<Policy> PolicyStore::all() const
{
    std::vector<Policy> policies;
    Statement rows = m_db.prepare(selectPolicy + QStringLiteral(" ORDER BY code COLLATE NOCASE"));
    while (rows.step())
        policies.push_back(fromRow(rows));
    readChildren(policies, {});
    return policies;
}

std::optional<Policy> PolicyStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectPolicy + QStringLiteral(" WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    std::vector<Policy> found{fromRow(row)};
    readChildren(found, QStringLiteral("WHERE policy_id = %1").arg(id));
    return found.front();
}

std::optional<qint64> PolicyStore::idForCode(const QString& code) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT id FROM policy WHERE code = ?1 COLLATE NOCASE"));
    row.bind(1, code);
    if (!row.step())
        return std::nullopt;
    return row.int64(0);
}

void PolicyStore::insert(Policy& policy)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO policy (code, title, category, owner, review_cycle_months, template, "
        "retired_on, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    stmt.bind(1, policy.code)
        .bind(2, policy.title)
        .bind(3, policyCategoryKey(policy.category))
        .bind(4, policy.owner)
        .bind(5, policy.reviewCycleMonths)
        .bind(6, policy.templateKey)
        .bindDate(7, policy.retiredOn)
        .bindTimestamp(8, policy.createdAt)
        .bindTimestamp(9, policy.updatedAt);
    stmt.exec();
    policy.id = m_db.lastInsertRowId();
    writeChildren(policy);
}

void PolicyStore::update(const Policy& policy)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE policy SET code = ?2, title = ?3, category = ?4, owner = ?5, "
        "review_cycle_months = ?6, template = ?7, retired_on = ?8, updated_at = ?9 WHERE id = ?1"));
    stmt.bind(1, policy.id)
        .bind(2, policy.code)
        .bind(3, policy.title)
        .bind(4, policyCategoryKey(policy.category))
        .bind(5, policy.owner)
        .bind(6, policy.reviewCycleMonths)
        .bind(7, policy.templateKey)
        .bindDate(8, policy.retiredOn)
        .bindTimestamp(9, policy.updatedAt);
    stmt.exec();
    for (const QString& table :
         {QStringLiteral("policy_citation"), QStringLiteral("policy_required_approval")}) {
        Statement clear =
            m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE policy_id = ?1").arg(table));
        clear.bind(1, policy.id).exec();
    }
    writeChildren(policy);
}

void PolicyStore::writeChildren(const Policy& policy)
{
    Statement citation = m_db.prepare(
        QStringLiteral("INSERT INTO policy_citation (policy_id, citation) VALUES (?1, ?2)"));
    for (const QString& item : policy.citations) {
        citation.reset();
        citation.bind(1, policy.id).bind(2, item);
        citation.exec();
    }
    Statement role = m_db.prepare(QStringLiteral(
        "INSERT INTO policy_required_approval (policy_id, position, role) VALUES (?1, ?2, ?3)"));
    int position = 0;
    for (const QString& item : policy.requiredApprovalRoles) {
        role.reset();
        role.bind(1, policy.id).bind(2, position++).bind(3, item);
        role.exec();
    }
}

void PolicyStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM policy WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
