#pragma once

#include "core/policies/PolicyRevision.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the policy_revision table, with the details of each revision's
// stored file. Only PolicyRegister calls it.
class PolicyRevisionStore
{
public:
    explicit PolicyRevisionStore(Database& db);

    std::vector<PolicyRevision> all() const;                      // by policy, then number
    std::vector<PolicyRevision> forPolicy(qint64 policyId) const; // ascending number
    std::optional<PolicyRevision> find(qint64 id) const;
    int nextNumber(qint64 policyId) const;
    void insert(PolicyRevision& revision); // sets revision.id
    // Writes every column; the triggers refuse changes an approved revision
    // may not take.
    void update(const PolicyRevision& revision);
    void remove(qint64 id);
    // Removes the revision and then the signed PDF that belongs to it alone.
    void removeWithFile(const PolicyRevision& revision);

private:
    std::vector<PolicyRevision> select(const QString& where, qint64 id) const;
    static PolicyRevision fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
