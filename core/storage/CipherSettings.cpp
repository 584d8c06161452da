#include "core/storage/CipherSettings.h"

#include "core/storage/Database.h"

namespace palisade {

void CipherSettings::applyTo(Database& db) const
{
    db.exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(pageSize));
    db.exec(QStringLiteral("PRAGMA kdf_iter = %1").arg(kdfIterations));
    db.exec(QStringLiteral("PRAGMA cipher_hmac_algorithm = %1").arg(hmacAlgorithm));
    db.exec(QStringLiteral("PRAGMA cipher_kdf_algorithm = %1").arg(kdfAlgorithm));
}

bool CipherSettings::isSupportedVersion(const QString& cipherVersion)
{
    bool ok = false;
    const int major = cipherVersion.section(QLatin1Char('.'), 0, 0).trimmed().toInt(&ok);
    return ok && major >= 4;
}

} // namespace palisade
