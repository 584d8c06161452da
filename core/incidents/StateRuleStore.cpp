#include "core/incidents/StateRuleStore.h"

#include "core/storage/Database.h"

namespace palisade {
namespace {

const QString selectRule =
    QStringLiteral("SELECT id, jurisdiction, authority, minimum_residents, days, citation, notes "
                   "FROM state_notification_rule ");

void bindFields(Statement& stmt, const StateNotificationRule& rule, const QDateTime& at)
{
    stmt.bind(1, rule.jurisdiction)
        .bind(2, rule.authority)
        .bind(3, rule.minimumResidents)
        .bind(4, rule.days)
        .bind(5, rule.citation)
        .bind(6, rule.notes)
        .bindTimestamp(7, at);
}

} // namespace

StateRuleStore::StateRuleStore(Database& db)
    : m_db(db)
{
}

StateNotificationRule StateRuleStore::fromRow(const Statement& row)
{
    StateNotificationRule rule;
    rule.id = row.int64(0);
    rule.jurisdiction = row.text(1);
    rule.authority = row.text(2);
    rule.minimumResidents = int(row.int64(3));
    rule.days = int(row.int64(4));
    rule.citation = row.text(5);
    rule.notes = row.text(6);
    return rule;
}

std::vector<StateNotificationRule> StateRuleStore::all() const
{
    std::vector<StateNotificationRule> out;
    Statement rows = m_db.prepare(selectRule + QStringLiteral("ORDER BY jurisdiction"));
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<StateNotificationRule> StateRuleStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectRule + QStringLiteral("WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

std::optional<StateNotificationRule>
StateRuleStore::findJurisdiction(const QString& jurisdiction) const
{
    Statement row = m_db.prepare(selectRule + QStringLiteral("WHERE jurisdiction = ?1"));
    row.bind(1, jurisdiction);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

void StateRuleStore::insert(StateNotificationRule& rule, const QDateTime& at)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO state_notification_rule (jurisdiction, authority, minimum_residents, days, "
        "citation, notes, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    bindFields(stmt, rule, at);
    stmt.exec();
    rule.id = m_db.lastInsertRowId();
}

void StateRuleStore::update(const StateNotificationRule& rule, const QDateTime& at)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE state_notification_rule SET jurisdiction = ?1, authority = ?2, "
        "minimum_residents = ?3, days = ?4, citation = ?5, notes = ?6, updated_at = ?7 "
        "WHERE id = ?8"));
    bindFields(stmt, rule, at);
    stmt.bind(8, rule.id);
    stmt.exec();
}

void StateRuleStore::remove(qint64 id)
{
    Statement stmt =
        m_db.prepare(QStringLiteral("DELETE FROM state_notification_rule WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
