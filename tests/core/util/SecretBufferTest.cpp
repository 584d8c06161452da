#include "core/util/SecretBuffer.h"

#include <catch2/catch_test_macros.hpp>
#include <utility>

using namespace palisade;

TEST_CASE("SecretBuffer holds UTF-8 and wipes it", "[util][secret]")
{
    SecretBuffer secret = SecretBuffer::fromString(QStringLiteral("Zoë's 🔒 passphrase"));
    CHECK(secret.size() == int(QStringLiteral("Zoë's 🔒 passphrase").toUtf8().size()));
    CHECK(QByteArray(secret.data(), secret.size()) ==
          QStringLiteral("Zoë's 🔒 passphrase").toUtf8());
    CHECK(secret.characterCount() == 18);
    CHECK_FALSE(secret.isEmpty());

    secret.wipe();
    CHECK(secret.isEmpty());
    CHECK(secret.size() == 0);
    CHECK(secret.characterCount() == 0);
    secret.wipe();
    CHECK(secret.isEmpty());
}

TEST_CASE("SecretBuffer wipes bytes it does not share", "[util][secret]")
{
    QByteArray bytes("sixteen bytes!!!");
    SecretBuffer secret(bytes);
    // The buffer took its own copy: wiping it leaves the caller's array alone.
    secret.wipe();
    CHECK(bytes == QByteArrayLiteral("sixteen bytes!!!"));
}

TEST_CASE("A moved SecretBuffer leaves its source empty", "[util][secret]")
{
    SecretBuffer source = SecretBuffer::fromString(QStringLiteral("moving passphrase"));
    SecretBuffer moved(std::move(source));
    CHECK(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
    CHECK(moved.size() == 17);

    SecretBuffer assigned = SecretBuffer::fromString(QStringLiteral("old content"));
    assigned = std::move(moved);
    CHECK(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
    CHECK(QByteArray(assigned.data(), assigned.size()) == QByteArrayLiteral("moving passphrase"));
}

TEST_CASE("SecretBuffer compares contents", "[util][secret]")
{
    const SecretBuffer a = SecretBuffer::fromString(QStringLiteral("same words here"));
    const SecretBuffer b = SecretBuffer::fromString(QStringLiteral("same words here"));
    const SecretBuffer c = SecretBuffer::fromString(QStringLiteral("same words herE"));
    const SecretBuffer d = SecretBuffer::fromString(QStringLiteral("same words"));
    CHECK(a.equals(b));
    CHECK(b.equals(a));
    CHECK_FALSE(a.equals(c));
    CHECK_FALSE(a.equals(d));
    CHECK(SecretBuffer().equals(SecretBuffer()));
    CHECK_FALSE(SecretBuffer().equals(a));
}

TEST_CASE("wipeString empties a string", "[util][secret]")
{
    QString text = QStringLiteral("typed passphrase");
    text.detach();
    wipeString(text);
    CHECK(text.isEmpty());

    // A string sharing its data with another is only dropped, never zeroed under the other.
    const QString original = QStringLiteral("shared passphrase");
    QString copy = original;
    wipeString(copy);
    CHECK(copy.isEmpty());
    CHECK(original == QStringLiteral("shared passphrase"));
}
