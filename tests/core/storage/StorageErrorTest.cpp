#include "core/storage/StorageError.h"

#include "core/storage/Database.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"

#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {
// SQLite's primary result codes (sqlite3.h), which the storage layer hides.
constexpr int sqliteError = 1;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADb = 26;
// SQLITE_CONSTRAINT_PRIMARYKEY, an extended code.
constexpr int sqliteConstraintPrimaryKey = sqliteConstraint | (6 << 8);
} // namespace

TEST_CASE("StorageError maps result codes to error kinds", "[storage][error]")
{
    CHECK(StorageError(sqliteNotADb, sqliteNotADb, QStringLiteral("x")).kind() ==
          ErrorKind::Unlock);
    CHECK(StorageError(sqliteCorrupt, sqliteCorrupt, QStringLiteral("x")).kind() ==
          ErrorKind::Integrity);
    CHECK(StorageError(sqliteConstraint, sqliteConstraint, QStringLiteral("x")).kind() ==
          ErrorKind::Invalid);
    CHECK(StorageError(sqliteConstraintPrimaryKey, sqliteConstraintPrimaryKey, QStringLiteral("x"))
              .kind() == ErrorKind::Invalid);
    CHECK(StorageError(sqliteFull, sqliteFull, QStringLiteral("x")).kind() == ErrorKind::Io);
    CHECK(StorageError(sqliteError, sqliteError, QStringLiteral("x")).kind() == ErrorKind::Io);

    const Error error = StorageError(sqliteCorrupt, sqliteCorrupt,
                                     QStringLiteral("database disk image is malformed"))
                            .toError(QStringLiteral("Saving the risk"));
    CHECK(error.kind == ErrorKind::Integrity);
    CHECK(error.message.startsWith(QStringLiteral("Saving the risk: ")));
    CHECK(error.detail == QStringLiteral("database disk image is malformed"));
    CHECK(error.text().contains(QStringLiteral("malformed")));
    CHECK(exitCodeFor(error.kind) == 3);
}

TEST_CASE("A real constraint violation is an Invalid error", "[storage][error]")
{
    QTemporaryDir dir;
    Result<Database> created =
        Vault().create(dir.filePath(QStringLiteral("constraint.palisade")),
                       SecretBuffer::fromString(QStringLiteral("constraint test passphrase")));
    REQUIRE(created.ok());
    Database& db = created.value();
    db.exec(QStringLiteral("INSERT INTO program_setting (key, value) VALUES ('org', 'one')"));

    try {
        db.exec(QStringLiteral("INSERT INTO program_setting (key, value) VALUES ('org', 'two')"));
        FAIL("a duplicate key was accepted");
    } catch (const StorageError& e) {
        CHECK((e.code() & 0xff) == sqliteConstraint);
        CHECK((e.extendedCode() & 0xff) == sqliteConstraint);
        CHECK(e.kind() == ErrorKind::Invalid);
        CHECK(e.toError().kind == ErrorKind::Invalid);
        CHECK(e.sql().contains(QStringLiteral("INSERT INTO program_setting")));
    }

    Statement insert =
        db.prepare(QStringLiteral("INSERT INTO program_setting (key, value) VALUES (?1, ?2)"));
    insert.bind(1, QStringLiteral("officer")).bindNull(2);
    try {
        insert.exec();
        FAIL("a NULL value was accepted in a NOT NULL column");
    } catch (const StorageError& e) {
        CHECK(e.kind() == ErrorKind::Invalid);
        CHECK(e.message().contains(QStringLiteral("NOT NULL")));
    }

    const Result<void> viaTry = db.tryExec(
        QStringLiteral("INSERT INTO program_setting (key, value) VALUES ('org', 'three')"));
    REQUIRE_FALSE(viaTry.ok());
    CHECK(viaTry.error().kind == ErrorKind::Invalid);
    CHECK(db.scalar(QStringLiteral("SELECT value FROM program_setting WHERE key = 'org'")) ==
          QStringLiteral("one"));
}
