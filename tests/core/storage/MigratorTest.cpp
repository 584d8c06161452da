#include "core/storage/Migrator.h"

#include "core/storage/Database.h"
#include "core/storage/Migration.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/FileDigest.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

SecretBuffer passphrase()
{
    return SecretBuffer::fromString(QStringLiteral("migration test passphrase"));
}

Migration foundation()
{
    const std::vector<Migration> bundled = bundledMigrations();
    REQUIRE_FALSE(bundled.empty());
    REQUIRE(bundled.front().version == 1);
    return bundled.front();
}

Migration addTaskTable()
{
    return {2, QStringLiteral("002_task.sql"),
            QStringLiteral("CREATE TABLE task (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\n"
                           "INSERT INTO task (title) VALUES ('seeded by migration 2');")};
}

bool tableExists(Database& db, const QString& name)
{
    Statement stmt = db.prepare(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1"));
    stmt.bind(1, name);
    REQUIRE(stmt.step());
    return stmt.int64(0) == 1;
}

} // namespace

TEST_CASE("The bundled migrations start at version 1 and are ordered", "[storage][migrator]")
{
    const std::vector<Migration> bundled = bundledMigrations();
    REQUIRE_FALSE(bundled.empty());
    for (size_t i = 0; i < bundled.size(); ++i) {
        CHECK(bundled[i].version == int(i) + 1);
        CHECK_FALSE(bundled[i].sql.trimmed().isEmpty());
    }
    CHECK(Migrator(bundled).latestVersion() == bundled.back().version);
    CHECK(Migrator({}).latestVersion() == 0);
}

TEST_CASE("Migrator sorts its migrations by version", "[storage][migrator]")
{
    const Migrator migrator({addTaskTable(), foundation()});
    CHECK(migrator.latestVersion() == 2);
}

TEST_CASE("A file from an older schema is migrated on unlock", "[storage][migrator]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.palisade"));
    const Vault oldProgram(CipherSettings{}, {foundation()});
    {
        Result<Database> created = oldProgram.create(path, passphrase());
        REQUIRE(created.ok());
        CHECK(created.value().scalarInt(QStringLiteral("PRAGMA user_version")) == 1);
        CHECK_FALSE(tableExists(created.value(), QStringLiteral("task")));
    }

    const Vault newProgram(CipherSettings{}, {foundation(), addTaskTable()});
    {
        // Read-only access reports the old version and does not migrate.
        Result<Database> readOnly = newProgram.unlock(path, passphrase(), Vault::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK(readOnly.value().scalarInt(QStringLiteral("PRAGMA user_version")) == 1);
        CHECK(newProgram.migrator().needsMigration(readOnly.value()));
    }
    Result<Database> upgraded = newProgram.unlock(path, passphrase());
    REQUIRE(upgraded.ok());
    Database& db = upgraded.value();
    CHECK(db.scalarInt(QStringLiteral("PRAGMA user_version")) == 2);
    CHECK(tableExists(db, QStringLiteral("task")));
    CHECK(db.scalar(QStringLiteral("SELECT title FROM task")) ==
          QStringLiteral("seeded by migration 2"));
    CHECK(tableExists(db, QStringLiteral("audit_event")));
    CHECK_FALSE(newProgram.migrator().needsMigration(db));
}

TEST_CASE("A file from a newer schema is refused and left unchanged", "[storage][migrator]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.palisade"));
    const Vault newProgram(CipherSettings{}, {foundation(), addTaskTable()});
    const Vault oldProgram(CipherSettings{}, {foundation()});
    {
        Result<Database> created = newProgram.create(path, passphrase());
        REQUIRE(created.ok());

        SECTION("a working file") {}
        SECTION("a backup, which is in rollback-journal mode")
        {
            const QString copy = dir.filePath(QStringLiteral("future-backup.palisade"));
            REQUIRE(newProgram.backup(created.value(), copy).ok());
            created.value().close();
            REQUIRE(QFile::remove(path));
            REQUIRE(QFile::rename(copy, path));
        }
    }
    const QByteArray before = fileDigest(path);

    for (const Vault::Access access : {Vault::Access::ReadWrite, Vault::Access::ReadOnly}) {
        const bool readOnly = access == Vault::Access::ReadOnly;
        INFO("read-only: " << readOnly);
        const Result<Database> unlocked = oldProgram.unlock(path, passphrase(), access);
        REQUIRE_FALSE(unlocked.ok());
        CHECK(unlocked.error().kind == ErrorKind::Unlock);
        CHECK(unlocked.error().message.contains(QStringLiteral("newer version")));
        CHECK(fileDigest(path) == before);
        // A read-only connection cannot remove the WAL index of a WAL file
        // when it closes; what it leaves holds no pages.
        if (readOnly)
            CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        else
            CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
}

TEST_CASE("A failing migration rolls back and leaves the version unchanged", "[storage][migrator]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken-step.palisade"));
    Result<Database> created = Vault(CipherSettings{}, {foundation()}).create(path, passphrase());
    REQUIRE(created.ok());
    Database& db = created.value();

    const Migration broken{2, QStringLiteral("002_broken.sql"),
                           QStringLiteral("CREATE TABLE half_done (x INTEGER);\n"
                                          "INSERT INTO half_done VALUES (1);\n"
                                          "CREATE TABLEX oops (;")};
    const Migrator migrator({foundation(), broken});
    const Result<void> migrated = migrator.migrate(db);
    REQUIRE_FALSE(migrated.ok());
    CHECK(migrated.error().message.contains(QStringLiteral("version 2")));
    CHECK(db.scalarInt(QStringLiteral("PRAGMA user_version")) == 1);
    CHECK_FALSE(tableExists(db, QStringLiteral("half_done")));
    const Result<int> version = migrator.currentVersion(db);
    REQUIRE(version.ok());
    CHECK(version.value() == 1);
    CHECK(migrator.needsMigration(db));

    // A good migration 2 still applies afterwards.
    REQUIRE(Migrator({foundation(), addTaskTable()}).migrate(db).ok());
    CHECK(db.scalarInt(QStringLiteral("PRAGMA user_version")) == 2);
}

TEST_CASE("Creating with a failing migration leaves no file behind", "[storage][migrator]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.palisade"));
    const Migration broken{2, QStringLiteral("002_broken.sql"), QStringLiteral("NOT SQL AT ALL")};
    const Result<Database> created =
        Vault(CipherSettings{}, {foundation(), broken}).create(path, passphrase());
    REQUIRE_FALSE(created.ok());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}
