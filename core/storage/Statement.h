#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace palisade {

class StatementPool;

// A prepared statement. Move-only; finalized on destruction. Parameters are
// 1-based like SQLite's; columns are 0-based. step() and exec() throw
// StorageError on failure.
class Statement
{
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt, QString sql);
    // A statement that goes back to `pool` for reuse when destroyed, while
    // the pool lasts.
    Statement(sqlite3* db, sqlite3_stmt* stmt, QString sql, std::weak_ptr<StatementPool> pool);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8) = delete; // say QStringLiteral
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bindBlob(int index, const QByteArray& value);
    // Text already encoded as UTF-8, bound without a round trip through QString.
    Statement& bindUtf8(int index, const QByteArray& utf8);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<QString>& value);
    // A calendar date as yyyy-MM-dd; NULL when invalid.
    Statement& bindDate(int index, const QDate& date);
    // A UTC timestamp with milliseconds; NULL when invalid.
    Statement& bindTimestamp(int index, const QDateTime& at);

    // Advances to the next row; false when the statement is done.
    bool step();
    // Runs to completion, ignoring rows.
    void exec();
    void reset();

    // The index of a named parameter (":name"), or 0 when the statement has none.
    int parameterIndex(const QString& name) const;

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes in SQLite's own buffer, valid until the next step()
    // or reset(): for reading many rows without copying each value.
    QByteArrayView bytes(int column) const;
    std::optional<QString> optionalText(int column) const;
    QDate date(int column) const;          // invalid for NULL
    QDateTime timestamp(int column) const; // invalid for NULL

    const QString& sql() const { return m_sql; }

private:
    void check(int rc) const;
    void release();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    std::weak_ptr<StatementPool> m_pool;
};

} // namespace palisade
