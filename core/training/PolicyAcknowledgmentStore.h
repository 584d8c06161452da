#pragma once

#include "core/training/PolicyAcknowledgment.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the policy_acknowledgment table.
class PolicyAcknowledgmentStore
{
public:
    explicit PolicyAcknowledgmentStore(Database& db);

    std::optional<PolicyAcknowledgment> find(qint64 id) const;
    std::optional<PolicyAcknowledgment> find(qint64 personId, qint64 revisionId) const;
    std::vector<PolicyAcknowledgment> forRevision(qint64 revisionId) const; // by date, then person
    std::vector<PolicyAcknowledgment> forPerson(qint64 personId) const;     // by date
    // Of every revision of the policy: by date, then revision, then person.
    std::vector<PolicyAcknowledgment> forPolicy(qint64 policyId) const;
    // The revision's state key ("draft", "effective"...), or empty when it does not exist.
    // The person's name, or an empty string when there is no such person.
    QString personName(qint64 personId) const;
    QString revisionState(qint64 revisionId) const;
    void insert(PolicyAcknowledgment& acknowledgment); // sets acknowledgment.id
    // Schema triggers allow it only during a disposal.
    void remove(qint64 id);

private:
    static PolicyAcknowledgment fromRow(const Statement& row);
    std::vector<PolicyAcknowledgment> select(const QString& where, qint64 id) const;

    Database& m_db;
};

} // namespace palisade
