#pragma once

#include "core/policies/Policy.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the policy, policy_citation and policy_required_approval tables.
// Only PolicyRegister calls it.
class PolicyStore
{
public:
    explicit PolicyStore(Database& db);

    std::vector<Policy> all() const; // by code
    std::optional<Policy> find(qint64 id) const;
    // The id of the policy with this code (case-insensitive), if any.
    std::optional<qint64> idForCode(const QString& code) const;
    void insert(Policy& policy); // sets policy.id
    void update(const Policy& policy);
    // Deletes the policy and its citations and roles; its revisions must be gone.
    void remove(qint64 id);

private:
    void writeChildren(const Policy& policy);
    void readChildren(std::vector<Policy>& policies, const QString& where) const;
    static Policy fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
