#include "core/util/Sha256.h"

#include "tests/core/CatchQtStrings.h"

#include <QCryptographicHash>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("sha256 gives the FIPS 180-2 digests", "[util]")
{
    CHECK(sha256Hex(QByteArray()) ==
          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(sha256Hex(QByteArrayLiteral("abc")) ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(sha256HexBytes(
              QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          QByteArrayLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    CHECK(sha256(QByteArrayLiteral("abc")).size() == 32);
}

TEST_CASE("sha256 agrees with Qt's portable implementation on every length", "[util]")
{
    // Lengths around the 64-byte block and its padding boundary, and a long one.
    QByteArray data;
    for (int length = 0; length <= 200; ++length) {
        INFO("length " << length);
        CHECK(sha256(data) == QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        data.append(char(length * 7 + 1));
    }
    const QByteArray large(3 * 1024 * 1024 + 5, 'x');
    CHECK(sha256(large) == QCryptographicHash::hash(large, QCryptographicHash::Sha256));
}
