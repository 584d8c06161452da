#pragma once

#include <QString>

namespace palisade {

class Database;

// The SQLCipher 4 settings Palisade writes with. They are not stored in the
// file, so they are applied on every open; naming them here keeps a library
// upgrade from silently changing the format.
struct CipherSettings
{
    int pageSize = 4096;
    int kdfIterations = 256000;
    QString hmacAlgorithm = QStringLiteral("HMAC_SHA512");
    QString kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA512");
    // cipher_memory_security: SQLCipher locks (mlock) and wipes every
    // allocation SQLite makes, not only its key material, which it always
    // locks and wipes. Off, as SQLCipher itself has it since 4.5: with it on,
    // every allocation costs two system calls whose price grows with the
    // number of locked regions, and reading a large program (a year's
    // evidence pack, verifying a million audit events) takes minutes instead
    // of seconds. It would protect SQLite's copies of the records only, while
    // the program's own copies (tables, forms, reports) live in ordinary
    // memory; ProcessProtection keeps all of them out of core dumps instead.
    // Set explicitly on every open, so a library upgrade cannot change it.
    bool memorySecurity = false;

    // Applies the settings to a keyed connection, before its first read.
    void applyTo(Database& db) const;

    // "4.6.1 community" → true when the major version is at least 4.
    static bool isSupportedVersion(const QString& cipherVersion);
};

} // namespace palisade
