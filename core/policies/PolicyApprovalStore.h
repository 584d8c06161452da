#pragma once

#include "core/policies/PolicyApproval.h"

#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the policy_approval table. Only PolicyRegister calls it.
class PolicyApprovalStore
{
public:
    explicit PolicyApprovalStore(Database& db);

    // By approval date, then as recorded.
    std::vector<PolicyApproval> forRevision(qint64 revisionId) const;
    void insert(PolicyApproval& approval); // sets approval.id
    // Allowed by the triggers only while the revision is open.
    void remove(qint64 id);

private:
    static PolicyApproval fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
