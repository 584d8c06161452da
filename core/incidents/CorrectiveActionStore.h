#pragma once

#include "core/incidents/CorrectiveAction.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the incident_action table.
class CorrectiveActionStore
{
public:
    explicit CorrectiveActionStore(Database& db);

    std::vector<CorrectiveAction> forIncident(qint64 incidentId) const; // by due date, then id
    std::optional<CorrectiveAction> find(qint64 id) const;
    void insert(CorrectiveAction& action); // sets action.id
    void update(const CorrectiveAction& action);
    void remove(qint64 id);

private:
    static CorrectiveAction fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
