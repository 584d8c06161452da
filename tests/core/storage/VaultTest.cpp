#include "core/storage/Vault.h"

#include "core/storage/Database.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/FileDigest.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

SecretBuffer secret(const char* text)
{
    return SecretBuffer::fromString(QString::fromUtf8(text));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

bool sidecarsExist(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-shm")) ||
           QFileInfo::exists(path + QStringLiteral("-journal"));
}

// Creates a closed, valid program file (schema only) with the given passphrase.
void createClosedFile(const Vault& vault, const QString& path, const char* passphrase)
{
    Result<Database> created = vault.create(path, secret(passphrase));
    REQUIRE(created.ok());
    created.value().close();
    REQUIRE_FALSE(sidecarsExist(path));
}

} // namespace

TEST_CASE("Vault::checkLibrary reports a supported SQLCipher", "[storage][vault]")
{
    const Result<QString> version = Vault::checkLibrary();
    REQUIRE(version.ok());
    CHECK(version.value().startsWith(QStringLiteral("4.")));
    CHECK(CipherSettings::isSupportedVersion(version.value()));
}

TEST_CASE("Vault creates a file that reopens with the same passphrase", "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.palisade"));
    const Vault vault;
    {
        Result<Database> created = vault.create(path, secret("a long enough passphrase 1"));
        REQUIRE(created.ok());
        Database& db = created.value();
        CHECK(db.scalarInt(QStringLiteral("PRAGMA application_id")) == Vault::applicationId);
        CHECK(db.scalarInt(QStringLiteral("PRAGMA user_version")) ==
              vault.migrator().latestVersion());
        CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
        CHECK(db.scalarInt(QStringLiteral("PRAGMA foreign_keys")) == 1);
        db.exec(QStringLiteral("INSERT INTO program_setting (key, value) VALUES ('k', 'v')"));
    }
    REQUIRE(QFileInfo::exists(path));

    Result<Database> reopened = vault.unlock(path, secret("a long enough passphrase 1"));
    REQUIRE(reopened.ok());
    CHECK(reopened.value().scalar(QStringLiteral(
              "SELECT value FROM program_setting WHERE key = 'k'")) == QStringLiteral("v"));
    CHECK_FALSE(reopened.value().isReadOnly());
}

TEST_CASE("Vault refuses to create over an existing file and leaves it unchanged",
          "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.palisade"));
    const Vault vault;

    SECTION("an unrelated file")
    {
        writeFile(path, QByteArrayLiteral("someone else's notes\n"));
    }
    SECTION("a program file")
    {
        createClosedFile(vault, path, "first passphrase for this");
    }

    const QByteArray before = fileDigest(path);
    REQUIRE_FALSE(before.isEmpty());
    const Result<Database> again = vault.create(path, secret("second passphrase for this"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Io);
    CHECK(fileDigest(path) == before);
    CHECK_FALSE(sidecarsExist(path));
}

TEST_CASE("Vault refuses to create where only a leftover WAL file exists", "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orphan.palisade"));
    writeFile(path + QStringLiteral("-wal"), QByteArrayLiteral("leftover"));
    const Result<Database> created = Vault().create(path, secret("a long enough passphrase 1"));
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().kind == ErrorKind::Io);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Vault refuses an empty file name", "[storage][vault]")
{
    const Result<Database> created =
        Vault().create(QString(), secret("a long enough passphrase 1"));
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().kind == ErrorKind::Usage);
}

TEST_CASE("A wrong passphrase is refused and changes nothing on disk", "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.palisade"));
    const Vault vault;
    createClosedFile(vault, path, "the right passphrase 2026");
    const QByteArray before = fileDigest(path);

    const Vault::Access access = GENERATE(Vault::Access::ReadWrite, Vault::Access::ReadOnly);
    const Result<Database> unlocked =
        vault.unlock(path, secret("the wrong passphrase 2026"), access);
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().kind == ErrorKind::Unlock);
    CHECK_FALSE(unlocked.error().message.isEmpty());
    CHECK(fileDigest(path) == before);
    CHECK_FALSE(sidecarsExist(path));

    // The file is still fine for the right passphrase.
    Result<Database> right =
        vault.unlock(path, secret("the right passphrase 2026"), Vault::Access::ReadOnly);
    CHECK(right.ok());
}

TEST_CASE("Files that are not databases are refused and left unchanged", "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-program.palisade"));
    QByteArray content;
    SECTION("a text file")
    {
        content = QByteArrayLiteral("Dear auditor,\nplease find the risk register attached.\n")
                      .repeated(200);
    }
    SECTION("random bytes")
    {
        QRandomGenerator random(20260301);
        content.resize(3 * 4096);
        for (char& byte : content)
            byte = char(random.bounded(256));
    }
    SECTION("a plain SQLite header followed by garbage")
    {
        content =
            QByteArrayLiteral("SQLite format 3") + QByteArray(1, '\0') + QByteArray(8176, 'x');
    }
    writeFile(path, content);
    const QByteArray before = fileDigest(path);

    const Result<Database> unlocked = Vault().unlock(path, secret("any passphrase at all 1"));
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().kind == ErrorKind::Unlock);
    CHECK(fileDigest(path) == before);
    CHECK_FALSE(sidecarsExist(path));
}

TEST_CASE("An empty file is refused as not a Palisade file and stays empty", "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.palisade"));
    writeFile(path, {});
    const Result<Database> unlocked = Vault().unlock(path, secret("any passphrase at all 1"));
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().kind == ErrorKind::Unlock);
    CHECK(QFileInfo(path).size() == 0);
    CHECK_FALSE(sidecarsExist(path));
}

TEST_CASE("A folder or a missing path is refused", "[storage][vault]")
{
    QTemporaryDir dir;
    const Result<Database> folder = Vault().unlock(dir.path(), secret("any passphrase at all 1"));
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().kind == ErrorKind::Unlock);

    const QString missing = dir.filePath(QStringLiteral("missing.palisade"));
    const Result<Database> absent = Vault().unlock(missing, secret("any passphrase at all 1"));
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().kind == ErrorKind::Io);
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("An SQLCipher file without Palisade's application id is refused", "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    {
        Database db = Database::open(path, Database::Mode::ReadWriteCreate);
        db.key(secret("shared passphrase for both"));
        CipherSettings().applyTo(db);
        db.exec(QStringLiteral("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('hello')"));
    }
    const QByteArray before = fileDigest(path);

    const Vault::Access access = GENERATE(Vault::Access::ReadWrite, Vault::Access::ReadOnly);
    const Result<Database> unlocked =
        Vault().unlock(path, secret("shared passphrase for both"), access);
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().kind == ErrorKind::Unlock);
    CHECK(unlocked.error().message.contains(QStringLiteral("not a Palisade program file")));
    CHECK(fileDigest(path) == before);
}

TEST_CASE("Vault::rekey changes the passphrase after checking the current one", "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rekey.palisade"));
    const Vault vault;
    {
        Result<Database> created = vault.create(path, secret("old passphrase of the file"));
        REQUIRE(created.ok());
        Database& db = created.value();
        db.exec(QStringLiteral("INSERT INTO program_setting (key, value) VALUES ('kept', 'yes')"));

        const Result<void> refused = vault.rekey(db, secret("not the old passphrase!!"),
                                                 secret("new passphrase of the file"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Unlock);

        const Result<void> rekeyed = vault.rekey(db, secret("old passphrase of the file"),
                                                 secret("new passphrase of the file"));
        REQUIRE(rekeyed.ok());
        // The open connection keeps working under the new key.
        db.exec(QStringLiteral("INSERT INTO program_setting (key, value) VALUES ('after', 'yes')"));
    }

    const Result<Database> old = vault.unlock(path, secret("old passphrase of the file"));
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().kind == ErrorKind::Unlock);

    Result<Database> fresh = vault.unlock(path, secret("new passphrase of the file"));
    REQUIRE(fresh.ok());
    CHECK(fresh.value().scalarInt(QStringLiteral("SELECT count(*) FROM program_setting")) == 2);
}

TEST_CASE("Vault::rekey refuses a read-only connection", "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.palisade"));
    const Vault vault;
    createClosedFile(vault, path, "the passphrase of ro file");
    const QByteArray before = fileDigest(path);
    {
        Result<Database> db =
            vault.unlock(path, secret("the passphrase of ro file"), Vault::Access::ReadOnly);
        REQUIRE(db.ok());
        CHECK(db.value().isReadOnly());
        const Result<void> rekeyed = vault.rekey(db.value(), secret("the passphrase of ro file"),
                                                 secret("another passphrase 123"));
        REQUIRE_FALSE(rekeyed.ok());
        CHECK(rekeyed.error().kind == ErrorKind::Usage);
    }
    CHECK(fileDigest(path) == before);
}

TEST_CASE("Vault::backup writes a copy and refuses an existing target", "[storage][vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("source.palisade"));
    const Vault vault;
    Result<Database> created = vault.create(path, secret("source passphrase 12345"));
    REQUIRE(created.ok());
    Database& db = created.value();
    db.exec(QStringLiteral("INSERT INTO program_setting (key, value) VALUES ('org', 'Riverbend')"));

    const QString target = dir.filePath(QStringLiteral("copies/backup.palisade"));
    REQUIRE(vault.backup(db, target).ok());
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
    const QByteArray written = fileDigest(target);
    REQUIRE_FALSE(written.isEmpty());

    SECTION("the copy opens with the same passphrase")
    {
        Result<Database> copy =
            vault.unlock(target, secret("source passphrase 12345"), Vault::Access::ReadOnly);
        REQUIRE(copy.ok());
        CHECK(copy.value().scalar(
                  QStringLiteral("SELECT value FROM program_setting WHERE key = 'org'")) ==
              QStringLiteral("Riverbend"));
        CHECK(copy.value().scalarInt(QStringLiteral("PRAGMA user_version")) ==
              vault.migrator().latestVersion());
    }
    SECTION("an existing target is not overwritten")
    {
        const Result<void> again = vault.backup(db, target);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == ErrorKind::Io);
        CHECK(fileDigest(target) == written);
    }
    SECTION("the source itself is not a target")
    {
        const Result<void> self = vault.backup(db, path);
        REQUIRE_FALSE(self.ok());
        CHECK(self.error().kind == ErrorKind::Io);
        CHECK(db.scalar(QStringLiteral("SELECT value FROM program_setting WHERE key = 'org'")) ==
              QStringLiteral("Riverbend"));
    }
}
