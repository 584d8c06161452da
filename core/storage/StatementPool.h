#pragma once

#include <QHash>
#include <QString>
#include <vector>

struct sqlite3_stmt;

namespace palisade {

// Prepared statements kept for reuse by SQL text while a Database has
// statement reuse on. Each kept statement is reset, with no bindings.
class StatementPool
{
public:
    StatementPool() = default;
    ~StatementPool();
    StatementPool(const StatementPool&) = delete;
    StatementPool& operator=(const StatementPool&) = delete;

    // A kept statement for `sql`, or nullptr when there is none.
    sqlite3_stmt* take(const QString& sql);
    // Keeps `stmt`; a full pool first finalizes everything it kept.
    void give(const QString& sql, sqlite3_stmt* stmt);

private:
    void clear();

    static constexpr int maximumKept = 512;

    QHash<QString, std::vector<sqlite3_stmt*>> m_kept;
    int m_count = 0;
};

} // namespace palisade
