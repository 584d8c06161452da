#include "core/storage/Statement.h"

#include "core/storage/StatementPool.h"
#include "core/storage/StorageError.h"
#include "core/util/IsoDate.h"

#define SQLITE_HAS_CODEC 1
#include <QStringEncoder>
#include <QVarLengthArray>
#include <sqlcipher/sqlite3.h>
#include <utility>

namespace palisade {

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, QString sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
{
}

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, QString sql,
                     std::weak_ptr<StatementPool> pool)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
    , m_pool(std::move(pool))
{
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (const std::shared_ptr<StatementPool> pool = m_pool.lock())
        pool->give(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_pool(std::move(other.m_pool))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_sql = std::move(other.m_sql);
        m_pool = std::move(other.m_pool);
    }
    return *this;
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        throw StorageError(rc, sqlite3_extended_errcode(m_db),
                           QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql);
}

Statement& Statement::bind(int index, const QString& value)
{
    // Encoded on the stack (SQLite copies it), sparing an allocation per
    // value when rows are written in bulk.
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QVarLengthArray<char, 512> utf8(encoder.requiredSpace(value.size()));
    const char* end = encoder.appendToBuffer(utf8.data(), value);
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(end - utf8.constData()),
                            SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    check(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8)
{
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<QString>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindDate(int index, const QDate& date)
{
    return date.isValid() ? bind(index, isoDate(date)) : bindNull(index);
}

Statement& Statement::bindTimestamp(int index, const QDateTime& at)
{
    return at.isValid() ? bind(index, isoTimestamp(at)) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int extended = sqlite3_extended_errcode(m_db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    throw StorageError(rc, extended, message, m_sql);
}

void Statement::exec()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::parameterIndex(const QString& name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name.toUtf8().constData());
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const QByteArrayView view = bytes(column);
    return view.isNull() ? QByteArray() : view.toByteArray();
}

QByteArrayView Statement::bytes(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_stmt, column) : 0);
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

QDate Statement::date(int column) const
{
    return isNull(column) ? QDate() : dateFromIso(text(column));
}

QDateTime Statement::timestamp(int column) const
{
    return isNull(column) ? QDateTime() : timestampFromIso(text(column));
}

} // namespace palisade
