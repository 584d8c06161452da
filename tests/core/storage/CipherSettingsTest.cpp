#include "core/storage/CipherSettings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("CipherSettings accepts SQLCipher 4 and later only", "[storage][cipher]")
{
    CHECK(CipherSettings::isSupportedVersion(QStringLiteral("4.6.1 community")));
    CHECK(CipherSettings::isSupportedVersion(QStringLiteral("4.0.0")));
    CHECK(CipherSettings::isSupportedVersion(QStringLiteral("5.1")));
    CHECK(CipherSettings::isSupportedVersion(QStringLiteral("10.0.2 commercial")));

    CHECK_FALSE(CipherSettings::isSupportedVersion(QStringLiteral("3.4.1")));
    CHECK_FALSE(CipherSettings::isSupportedVersion(QStringLiteral("3.99.99")));
    CHECK_FALSE(CipherSettings::isSupportedVersion(QString()));
    CHECK_FALSE(CipherSettings::isSupportedVersion(QStringLiteral("garbage")));
    CHECK_FALSE(CipherSettings::isSupportedVersion(QStringLiteral("v4.6.1")));
    CHECK_FALSE(CipherSettings::isSupportedVersion(QStringLiteral(".4")));
}

TEST_CASE("CipherSettings defaults are the documented file format", "[storage][cipher]")
{
    const CipherSettings settings;
    CHECK(settings.pageSize == 4096);
    CHECK(settings.kdfIterations >= 256000);
    CHECK(settings.hmacAlgorithm == QStringLiteral("HMAC_SHA512"));
    CHECK(settings.kdfAlgorithm == QStringLiteral("PBKDF2_HMAC_SHA512"));
}
