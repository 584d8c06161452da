#include "core/storage/StatementPool.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

namespace palisade {

StatementPool::~StatementPool()
{
    clear();
}

void StatementPool::clear()
{
    for (const std::vector<sqlite3_stmt*>& kept : std::as_const(m_kept)) {
        for (sqlite3_stmt* stmt : kept)
            sqlite3_finalize(stmt);
    }
    m_kept.clear();
    m_count = 0;
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
    // A full pool starts over rather than refusing: statements made once for
    // a query built with its values (an IN list of a given length) would
    // otherwise fill it for good and leave the statements run over and over
    // prepared afresh each time.
    if (m_count >= maximumKept)
        clear();
    m_kept[sql].push_back(stmt);
    ++m_count;
}

} // namespace palisade
