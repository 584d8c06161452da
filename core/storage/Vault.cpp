#include "core/storage/Vault.h"

#include "core/storage/StorageError.h"
#include "core/util/SecretBuffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

namespace palisade {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("palisade::Vault", text);
}

bool anyExists(const QString& path)
{
    return QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-journal"));
}

// sqlcipher_export reports a failure of its own writes as SQLITE_ERROR with
// SQLite's text for the cause ("database or disk is full"); the cause is
// taken back from that text so the user is told the disk is full or failed.
StorageError exportFailure(const StorageError& e)
{
    if ((e.code() & 0xff) == SQLITE_ERROR) {
        for (const int cause : {SQLITE_FULL, SQLITE_IOERR}) {
            if (e.message() == QString::fromUtf8(sqlite3_errstr(cause)))
                return StorageError(cause, cause, e.message(), e.sql());
        }
    }
    return e;
}

} // namespace

void Vault::discardCreated(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Vault::Vault(CipherSettings settings, std::vector<Migration> migrations)
    : m_settings(std::move(settings))
    , m_migrator(std::move(migrations))
{
}

Result<QString> Vault::checkLibrary()
{
    try {
        Database db = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
        const QString version = db.scalar(QStringLiteral("PRAGMA cipher_version"));
        if (version.isEmpty() || !CipherSettings::isSupportedVersion(version)) {
            return Error{
                ErrorKind::Io,
                tr("The installed SQLCipher library is too old (%1); Palisade needs version 4 "
                   "or later.")
                    .arg(version.isEmpty() ? tr("no encryption support") : version),
                {}};
        }
        return version;
    } catch (const StorageError& e) {
        return e.toError(tr("Checking the encryption library failed"));
    }
}

void Vault::keyConnection(Database& db, const SecretBuffer& passphrase) const
{
    db.key(passphrase);
    m_settings.applyTo(db);
    db.exec(m_settings.memorySecurity ? QStringLiteral("PRAGMA cipher_memory_security = ON")
                                      : QStringLiteral("PRAGMA cipher_memory_security = OFF"));
    // Palisade reports failures itself; SQLCipher's own log would only repeat
    // them on standard error.
    db.exec(QStringLiteral("PRAGMA cipher_log_level = NONE"));
}

void Vault::applyConnectionPragmas(Database& db)
{
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    db.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!db.isReadOnly())
        db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

Result<Database> Vault::create(const QString& path, const SecretBuffer& passphrase) const
{
    if (path.isEmpty())
        return Error{ErrorKind::Usage, tr("No file name was given for the new program file."), {}};
    if (anyExists(path)) {
        return Error{ErrorKind::Io,
                     tr("A file already exists at this location; Palisade will not overwrite it."),
                     QDir::toNativeSeparators(path)};
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{ErrorKind::Io, tr("The folder for the program file cannot be created."),
                     QDir::toNativeSeparators(info.absolutePath())};
    }
    try {
        Database db = Database::open(path, Database::Mode::ReadWriteCreate);
        try {
            keyConnection(db, passphrase);
            const QString version = db.scalar(QStringLiteral("PRAGMA cipher_version"));
            if (!CipherSettings::isSupportedVersion(version))
                throw StorageError(SQLITE_MISUSE, SQLITE_MISUSE,
                                   tr("SQLCipher 4 or later is required"));
            db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            applyConnectionPragmas(db);
            db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            if (Result<void> migrated = m_migrator.migrate(db); !migrated) {
                db.close();
                discardCreated(path);
                return migrated.error();
            }
            return db;
        } catch (...) {
            db.close();
            discardCreated(path);
            throw;
        }
    } catch (const StorageError& e) {
        return e.toError(tr("Creating the program file failed"));
    }
}

Result<Database> Vault::unlock(const QString& path, const SecretBuffer& passphrase,
                               Access access) const
{
    if (!QFileInfo::exists(path)) {
        return Error{ErrorKind::Io, tr("There is no program file at this location."),
                     QDir::toNativeSeparators(path)};
    }
    if (QFileInfo(path).isDir()) {
        return Error{ErrorKind::Unlock, tr("This is a folder, not a Palisade program file."),
                     QDir::toNativeSeparators(path)};
    }
    try {
        Database db = Database::open(path, access == Access::ReadOnly ? Database::Mode::ReadOnly
                                                                      : Database::Mode::ReadWrite);
        keyConnection(db, passphrase);
        // The first read of the schema is where a wrong key shows (SQLITE_NOTADB).
        db.scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (db.scalarInt(QStringLiteral("PRAGMA application_id")) != applicationId) {
            return Error{
                ErrorKind::Unlock,
                tr("This file opens with the passphrase but is not a Palisade program file. "
                   "It was not changed."),
                QDir::toNativeSeparators(path)};
        }
        applyConnectionPragmas(db);
        // Before anything below can write: a file from a newer program stays untouched.
        if (Result<int> version = m_migrator.currentVersion(db); !version)
            return version.error();
        if (access == Access::ReadWrite) {
            // Backups are written in rollback-journal mode; a file opened for
            // work always runs in WAL mode.
            db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            if (Result<void> migrated = m_migrator.migrate(db); !migrated)
                return migrated.error();
        }
        return db;
    } catch (const StorageError& e) {
        return e.toError();
    }
}

Result<void> Vault::rekey(Database& db, const SecretBuffer& current, const SecretBuffer& next) const
{
    if (db.isReadOnly())
        return Error{ErrorKind::Usage, tr("The program file is open read-only."), {}};
    {
        Result<Database> check = unlock(db.path(), current, Access::ReadOnly);
        if (!check) {
            if (check.error().kind == ErrorKind::Unlock)
                return Error{ErrorKind::Unlock, tr("The current passphrase is wrong."), {}};
            return check.error();
        }
    }
    try {
        db.rekey(next);
    } catch (const StorageError& e) {
        return e.toError(tr("Changing the passphrase failed"));
    }
    // SQLCipher reports success even when the pages it rewrote could not be
    // committed (a write failed, the disk is full); the connection then holds
    // the new key for a file still under the old one, and reads nothing more.
    // Which passphrase opens the file tells what happened.
    if (unlock(db.path(), next, Access::ReadOnly))
        return {};
    if (unlock(db.path(), current, Access::ReadOnly)) {
        return Error{ErrorKind::Io,
                     tr("Changing the passphrase failed: the program file could not be "
                        "rewritten (a write failed or the disk is full). The passphrase was not "
                        "changed. Close the program file and open it again with the current "
                        "passphrase."),
                     {}};
    }
    return Error{ErrorKind::Io,
                 tr("Changing the passphrase failed: the program file could not be read back "
                    "afterwards. Close it and open it again with the new passphrase, or with the "
                    "current one if the new one is refused."),
                 {}};
}

Result<void> Vault::backup(Database& db, const QString& outPath) const
{
    if (outPath.isEmpty())
        return Error{ErrorKind::Usage, tr("No file name was given for the backup."), {}};
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    if (absolute == QFileInfo(db.path()).absoluteFilePath() || anyExists(outPath)) {
        return Error{ErrorKind::Io,
                     tr("A file already exists at the backup location; it was not overwritten."),
                     QDir::toNativeSeparators(outPath)};
    }
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath())) {
        return Error{ErrorKind::Io, tr("The folder for the backup cannot be created."),
                     QDir::toNativeSeparators(QFileInfo(absolute).absolutePath())};
    }
    // Written beside the target and renamed once complete, so a failed or
    // interrupted backup never leaves a file that looks finished.
    const QString partial = absolute + QStringLiteral(".partial");
    discardCreated(partial);
    // ATTACH opens with the main connection's flags, and an unlocked file is
    // opened without SQLITE_OPEN_CREATE; an empty file is an empty database.
    if (QFile placeholder(partial); !placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error{ErrorKind::Io, tr("The backup file cannot be created."),
                     QDir::toNativeSeparators(partial) + QStringLiteral(": ") +
                         placeholder.errorString()};
    }
    const QString schema = QStringLiteral("palisade_backup");
    bool attached = false;
    try {
        const qint64 version = db.scalarInt(QStringLiteral("PRAGMA user_version"));
        Statement attach = db.prepare(QStringLiteral("ATTACH DATABASE ?1 AS %1").arg(schema));
        attach.bind(1, partial);
        attach.exec();
        attached = true;
        // Without a KEY clause the attached file takes the main file's key and
        // cipher settings, so the copy opens with the same passphrase.
        db.exec(QStringLiteral("SELECT sqlcipher_export('%1')").arg(schema));
        db.exec(QStringLiteral("PRAGMA %1.user_version = %2").arg(schema).arg(version));
        db.exec(QStringLiteral("PRAGMA %1.application_id = %2").arg(schema).arg(applicationId));
        db.exec(QStringLiteral("DETACH DATABASE %1").arg(schema));
        attached = false;
    } catch (const StorageError& e) {
        if (attached)
            (void)db.tryExec(QStringLiteral("DETACH DATABASE %1").arg(schema));
        discardCreated(partial);
        return exportFailure(e).toError(tr("The backup failed"));
    }
    if (!QFile::rename(partial, absolute)) {
        discardCreated(partial);
        return Error{ErrorKind::Io, tr("The finished backup could not be moved into place."),
                     QDir::toNativeSeparators(absolute)};
    }
    return {};
}

} // namespace palisade
