#pragma once

#include "core/training/WorkforceRole.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;

// The SQL of the workforce_role table.
class WorkforceRoleStore
{
public:
    explicit WorkforceRoleStore(Database& db);

    std::vector<WorkforceRole> all() const; // by position, then label
    std::optional<WorkforceRole> find(const QString& key) const;
    std::optional<WorkforceRole> findByLabel(const QString& label) const; // ignoring case
    // How many people and courses name the role.
    qint64 useCount(const QString& key) const;
    void insert(const WorkforceRole& role);
    void update(const WorkforceRole& role);
    void remove(const QString& key);

private:
    Database& m_db;
};

} // namespace palisade
