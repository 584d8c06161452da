#include "core/storage/StatementPool.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

namespace palisade {

StatementPool::~StatementPool()
{
    for (const std::vector<sqlite3_stmt*>& kept : std::as_const(m_kept)) {
        for (sqlite3_stmt* stmt : kept)
            sqlite3_finalize(stmt);
    }
}

sqlite3_stmt* StatementPool::take(const QString& sql)
{
    const auto found = m_kept.find(sql);
    if (found == m_kept.end() || found->empty())
        return nullptr;
    sqlite3_stmt* stmt = found->back();
    found->pop_back();
    --m_count;
    return stmt;
}

void StatementPool::give(const QString& sql, sqlite3_stmt* stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_count >= maximumKept) {
        sqlite3_finalize(stmt);
        return;
    }
    m_kept[sql].push_back(stmt);
    ++m_count;
}

} // namespace palisade
