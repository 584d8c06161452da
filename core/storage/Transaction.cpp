#include "core/storage/Transaction.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

namespace palisade {

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active) {
        // A failed rollback leaves SQLite to roll back on close; nothing
        // useful can be done with the error in a destructor.
        (void)m_db.tryExec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_active = false;
}

} // namespace palisade
