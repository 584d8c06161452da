#include "core/storage/Migrator.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace palisade {

Migrator::Migrator(std::vector<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

Result<int> Migrator::currentVersion(Database& db) const
{
    try {
        const int version = int(db.scalarInt(QStringLiteral("PRAGMA user_version")));
        if (version > latestVersion()) {
            return Error{ErrorKind::Unlock,
                         QCoreApplication::translate(
                             "palisade::Migrator",
                             "This program file was saved by a newer version of Palisade (schema %1; "
                             "this version knows up to %2). Update Palisade to open it.")
                             .arg(version)
                             .arg(latestVersion()),
                         {}};
        }
        return version;
    } catch (const StorageError& e) {
        return e.toError();
    }
}

bool Migrator::needsMigration(Database& db) const
{
    const Result<int> version = currentVersion(db);
    return version.ok() && version.value() < latestVersion();
}

Result<void> Migrator::migrate(Database& db) const
{
    const Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    for (const Migration& migration : m_migrations) {
        if (migration.version <= current.value())
            continue;
        try {
            Transaction tx(db);
            db.exec(migration.sql);
            db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            tx.commit();
        } catch (const StorageError& e) {
            return e.toError(QCoreApplication::translate("palisade::Migrator",
                                                         "Updating the file's schema to version %1 failed")
                                 .arg(migration.version));
        }
    }
    return {};
}

} // namespace palisade
