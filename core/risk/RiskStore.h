#pragma once

#include "core/risk/Risk.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the risk, risk_asset and risk_citation tables. Only RiskRegister
// calls it. Levels are not stored; the register fills them in.
class RiskStore
{
public:
    explicit RiskStore(Database& db);

    std::vector<Risk> all() const;
    std::optional<Risk> find(qint64 id) const;
    // Sets risk.id.
    void insert(Risk& risk);
    void update(const Risk& risk);
    // Deletes the risk with its asset links and citations; its tasks must be
    // gone first.
    void remove(qint64 id);

private:
    void bindFields(Statement& stmt, const Risk& risk) const;
    void writeLinks(const Risk& risk, bool replace);
    static Risk fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
