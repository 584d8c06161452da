#include "core/storage/Database.h"

#include "core/storage/StorageError.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("Database runs statements and reads scalars and columns", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.palisade"));
    Result<Database> created =
        Vault().create(path, SecretBuffer::fromString(QStringLiteral("database test passphrase")));
    REQUIRE(created.ok());
    Database& db = created.value();
    CHECK(db.isOpen());
    CHECK(db.path() == path);

    db.exec(QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)"));
    db.exec(QStringLiteral("INSERT INTO item (name) VALUES ('alpha'), ('beta'), ('gamma')"));
    CHECK(db.changes() == 3);
    CHECK(db.lastInsertRowId() == 3);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM item")) == 3);
    CHECK(db.scalar(QStringLiteral("SELECT name FROM item WHERE id = 2")) ==
          QStringLiteral("beta"));
    CHECK(db.column(QStringLiteral("SELECT name FROM item ORDER BY name DESC")) ==
          QStringList{QStringLiteral("gamma"), QStringLiteral("beta"), QStringLiteral("alpha")});
    // No row: an empty string and zero, not an exception.
    CHECK(db.scalar(QStringLiteral("SELECT name FROM item WHERE id = 99")).isEmpty());
    CHECK(db.scalarInt(QStringLiteral("SELECT id FROM item WHERE id = 99")) == 0);

    SECTION("errors throw from the throwing calls and are returned by the try calls")
    {
        CHECK_THROWS_AS(db.exec(QStringLiteral("SELEC nonsense")), StorageError);
        CHECK_THROWS_AS(db.prepare(QStringLiteral("SELECT * FROM no_such_table")), StorageError);

        const Result<void> bad = db.tryExec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().detail.contains(QStringLiteral("no_such_table")));
        const Result<Statement> badPrepare = db.tryPrepare(QStringLiteral("SELECT FROM"));
        CHECK_FALSE(badPrepare.ok());
        CHECK(db.tryExec(QStringLiteral("DELETE FROM item WHERE id = 1")).ok());
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM item")) == 2);
    }
    SECTION("close is idempotent and a moved-from database is closed")
    {
        Database moved = std::move(db);
        CHECK_FALSE(db.isOpen());
        CHECK(moved.isOpen());
        CHECK(moved.path() == path);
        moved.close();
        moved.close();
        CHECK_FALSE(moved.isOpen());
    }
}

TEST_CASE("Database::tryOpen reports a file that cannot be opened", "[storage][database]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-folder/missing.palisade"));
    const Result<Database> opened = Database::tryOpen(missing, Database::Mode::ReadWrite);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Io);
    CHECK_FALSE(QFileInfo::exists(missing));
}
