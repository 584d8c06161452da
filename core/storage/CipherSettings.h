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

    // Applies the settings to a keyed connection, before its first read.
    void applyTo(Database& db) const;

    // "4.6.1 community" → true when the major version is at least 4.
    static bool isSupportedVersion(const QString& cipherVersion);
};

} // namespace palisade
