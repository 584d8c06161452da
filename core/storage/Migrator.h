#pragma once

#include "core/storage/Migration.h"
#include "core/util/Result.h"

#include <vector>

namespace palisade {

class Database;

// Brings a file's schema up to date, one migration per transaction, tracking
// the version in PRAGMA user_version.
class Migrator
{
public:
    explicit Migrator(std::vector<Migration> migrations);

    int latestVersion() const;
    // The file's version; an error when it is newer than this program knows.
    Result<int> currentVersion(Database& db) const;
    bool needsMigration(Database& db) const;
    Result<void> migrate(Database& db) const;

private:
    std::vector<Migration> m_migrations;
};

} // namespace palisade
