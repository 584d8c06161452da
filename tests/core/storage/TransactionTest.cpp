#include "core/storage/Transaction.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"

#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <stdexcept>

using namespace palisade;

TEST_CASE("Transaction commits only when told to", "[storage][transaction]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tx.palisade"));
    const SecretBuffer passphrase =
        SecretBuffer::fromString(QStringLiteral("transaction test passphrase"));
    Result<Database> created = Vault().create(path, passphrase);
    REQUIRE(created.ok());
    Database& db = created.value();
    db.exec(QStringLiteral("CREATE TABLE entry (name TEXT)"));
    const auto count = [&] {
        return db.scalarInt(QStringLiteral("SELECT count(*) FROM entry"));
    };

    {
        Transaction tx(db);
        CHECK(tx.isActive());
        db.exec(QStringLiteral("INSERT INTO entry VALUES ('rolled back')"));
        CHECK(count() == 1);
    }
    CHECK(count() == 0);

    try {
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO entry VALUES ('also rolled back')"));
        throw std::runtime_error("work failed");
    } catch (const std::runtime_error&) {
    }
    CHECK(count() == 0);

    {
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO entry VALUES ('kept')"));
        tx.commit();
        CHECK_FALSE(tx.isActive());
    }
    CHECK(count() == 1);

    // Only one write transaction at a time: a nested BEGIN is refused.
    {
        Transaction outer(db);
        CHECK_THROWS_AS(Transaction(db), StorageError);
        db.exec(QStringLiteral("INSERT INTO entry VALUES ('outer')"));
        outer.commit();
    }
    CHECK(count() == 2);

    // What was committed is in the file, and what was rolled back is not.
    db.close();
    Result<Database> reopened = Vault().unlock(path, passphrase, Vault::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened.value().column(QStringLiteral("SELECT name FROM entry ORDER BY rowid")) ==
          QStringList{QStringLiteral("kept"), QStringLiteral("outer")});
}
