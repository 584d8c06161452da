#include "core/storage/Database.h"

#include "core/storage/StatementPool.h"
#include "core/storage/StorageError.h"
#include "core/util/SecretBuffer.h"

#include <QFile>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <utility>

namespace palisade {

Database::Database(sqlite3* db, QString path, Mode mode)
    : m_db(db), m_path(std::move(path)), m_mode(mode)
{
}

Database Database::open(const QString& path, Mode mode)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* db = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db))
                                   : QString::fromUtf8(sqlite3_errstr(rc));
        const int extended = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        throw StorageError(rc, extended, message);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return Database(db, path, mode);
}

Result<Database> Database::tryOpen(const QString& path, Mode mode)
{
    try {
        return open(path, mode);
    } catch (const StorageError& e) {
        return e.toError();
    }
}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_mode(other.m_mode)
    , m_pool(std::move(other.m_pool))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_mode = other.m_mode;
        m_pool = std::move(other.m_pool);
    }
    return *this;
}

void Database::fail(int rc, const QString& sql) const
{
    throw StorageError(rc, sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), sql);
}

void Database::key(const SecretBuffer& passphrase)
{
    const int rc = sqlite3_key(m_db, passphrase.data(), passphrase.size());
    if (rc != SQLITE_OK)
        fail(rc);
}

void Database::rekey(const SecretBuffer& passphrase)
{
    const int rc = sqlite3_rekey(m_db, passphrase.data(), passphrase.size());
    if (rc != SQLITE_OK)
        fail(rc);
}

void Database::exec(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        throw StorageError(rc, sqlite3_extended_errcode(m_db), text, sql);
    }
}

Result<void> Database::tryExec(const QString& sql)
{
    try {
        exec(sql);
        return {};
    } catch (const StorageError& e) {
        return e.toError();
    }
}

Statement Database::prepare(const QString& sql)
{
    if (m_pool) {
        if (sqlite3_stmt* kept = m_pool->take(sql))
            return Statement(m_db, kept, sql, m_pool);
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        fail(rc, sql);
    }
    if (m_pool)
        return Statement(m_db, stmt, sql, m_pool);
    return Statement(m_db, stmt, sql);
}

void Database::setStatementReuse(bool on)
{
    if (on && !m_pool)
        m_pool = std::make_shared<StatementPool>();
    else if (!on)
        m_pool.reset();
}

Result<Statement> Database::tryPrepare(const QString& sql)
{
    try {
        return prepare(sql);
    } catch (const StorageError& e) {
        return e.toError();
    }
}

QStringList Database::column(const QString& sql)
{
    Statement stmt = prepare(sql);
    QStringList values;
    while (stmt.step())
        values << stmt.text(0);
    return values;
}

QString Database::scalar(const QString& sql)
{
    Statement stmt = prepare(sql);
    return stmt.step() ? stmt.text(0) : QString();
}

qint64 Database::scalarInt(const QString& sql)
{
    Statement stmt = prepare(sql);
    return stmt.step() ? stmt.int64(0) : 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::close()
{
    m_pool.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

} // namespace palisade
