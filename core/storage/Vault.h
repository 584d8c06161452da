#pragma once

#include "core/storage/CipherSettings.h"
#include "core/storage/Database.h"
#include "core/storage/Migration.h"
#include "core/storage/Migrator.h"
#include "core/util/Result.h"

#include <vector>

namespace palisade {

class SecretBuffer;

// Creates, unlocks, rekeys and backs up encrypted program files with fixed
// cipher settings. Nothing here writes to a file it could not unlock.
class Vault
{
public:
    // PRAGMA application_id of every Palisade file ("PALS").
    static constexpr int applicationId = 0x50414C53;

    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    explicit Vault(CipherSettings settings = {},
                   std::vector<Migration> migrations = bundledMigrations());

    // The linked SQLCipher version, or an error when it is older than 4.
    static Result<QString> checkLibrary();

    const CipherSettings& settings() const { return m_settings; }
    const Migrator& migrator() const { return m_migrator; }

    // Refuses to create over an existing file.
    Result<Database> create(const QString& path, const SecretBuffer& passphrase) const;
    // A wrong passphrase or a foreign file fails before anything is written.
    Result<Database> unlock(const QString& path, const SecretBuffer& passphrase,
                            Access access = Access::ReadWrite) const;
    // Re-encrypts the open file under a new passphrase after checking the current one.
    Result<void> rekey(Database& db, const SecretBuffer& current, const SecretBuffer& next) const;
    // Removes a program file Palisade has just created and its companion files,
    // after a creation that failed part way.
    static void discardCreated(const QString& path);
    // Writes a consistent encrypted copy, readable with the same passphrase.
    Result<void> backup(Database& db, const QString& outPath) const;

private:
    void keyConnection(Database& db, const SecretBuffer& passphrase) const;
    static void applyConnectionPragmas(Database& db);

    CipherSettings m_settings;
    Migrator m_migrator;
};

} // namespace palisade
