#include "core/training/WorkforceRoleStore.h"

#include "core/storage/Database.h"

namespace palisade {
namespace {

WorkforceRole fromRow(const Statement& row)
{
    return WorkforceRole{row.text(0), row.text(1), int(row.int64(2))};
}

const QString selectRole = QStringLiteral("SELECT key, label, position FROM workforce_role");

} // namespace

WorkforceRoleStore::WorkforceRoleStore(Database& db)
    : m_db(db)
{
}

std::vector<WorkforceRole> WorkforceRoleStore::all() const
{
    std::vector<WorkforceRole> roles;
    Statement rows =
        m_db.prepare(selectRole + QStringLiteral(" ORDER BY position, label COLLATE NOCASE"));
    while (rows.step())
        roles.push_back(fromRow(rows));
    return roles;
}

std::optional<WorkforceRole> WorkforceRoleStore::find(const QString& key) const
{
    Statement row = m_db.prepare(selectRole + QStringLiteral(" WHERE key = ?1"));
    row.bind(1, key);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

std::optional<WorkforceRole> WorkforceRoleStore::findByLabel(const QString& label) const
{
    Statement row = m_db.prepare(selectRole + QStringLiteral(" WHERE label = ?1 COLLATE NOCASE"));
    row.bind(1, label);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

qint64 WorkforceRoleStore::useCount(const QString& key) const
{
    Statement row = m_db.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM person_role WHERE role_key = ?1) + "
                       "(SELECT count(*) FROM course_role WHERE role_key = ?1)"));
    row.bind(1, key);
    row.step();
    return row.int64(0);
}

void WorkforceRoleStore::insert(const WorkforceRole& role)
{
    Statement stmt = m_db.prepare(
        QStringLiteral("INSERT INTO workforce_role (key, label, position) VALUES (?1, ?2, ?3)"));
    stmt.bind(1, role.key).bind(2, role.label).bind(3, role.position);
    stmt.exec();
}

void WorkforceRoleStore::update(const WorkforceRole& role)
{
    Statement stmt = m_db.prepare(
        QStringLiteral("UPDATE workforce_role SET label = ?2, position = ?3 WHERE key = ?1"));
    stmt.bind(1, role.key).bind(2, role.label).bind(3, role.position);
    stmt.exec();
}

void WorkforceRoleStore::remove(const QString& key)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM workforce_role WHERE key = ?1"));
    stmt.bind(1, key);
    stmt.exec();
}

} // namespace palisade
