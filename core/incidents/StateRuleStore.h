#pragma once

#include "core/incidents/StateNotificationRule.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the state_notification_rule table.
class StateRuleStore
{
public:
    explicit StateRuleStore(Database& db);

    std::vector<StateNotificationRule> all() const; // by jurisdiction
    std::optional<StateNotificationRule> find(qint64 id) const;
    std::optional<StateNotificationRule> findJurisdiction(const QString& jurisdiction) const;
    void insert(StateNotificationRule& rule, const QDateTime& at); // sets rule.id
    void update(const StateNotificationRule& rule, const QDateTime& at);
    void remove(qint64 id);

private:
    static StateNotificationRule fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
