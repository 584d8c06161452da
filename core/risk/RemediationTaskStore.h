#pragma once

#include "core/risk/RemediationTask.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the remediation_task tables. Only RiskRegister calls it.
class RemediationTaskStore
{
public:
    explicit RemediationTaskStore(Database& db);

    std::vector<RemediationTask> all() const;
    std::vector<RemediationTask> forRisk(qint64 riskId) const;
    std::optional<RemediationTask> find(qint64 id) const;
    // Sets task.id.
    void insert(RemediationTask& task);
    void update(const RemediationTask& task);
    void remove(qint64 id);

private:
    std::vector<RemediationTask> select(const QString& where, qint64 key) const;
    void writeCitations(const RemediationTask& task);
    static RemediationTask fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
