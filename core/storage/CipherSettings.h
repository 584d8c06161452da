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
    // cipher_memory_security: SQLCipher locks and wipes all memory it
    // allocates. On for every file that may hold PHI. Only a process that
    // writes made-up demonstration data turns it off, since it costs a
    // system call per allocation and makes bulk writing many times slower;
    // SQLCipher keeps it on for the whole process once any connection has
    // turned it on.
    bool memorySecurity = true;

    // Applies the settings to a keyed connection, before its first read.
    void applyTo(Database& db) const;

    // "4.6.1 community" → true when the major version is at least 4.
    static bool isSupportedVersion(const QString& cipherVersion);
};

} // namespace palisade
