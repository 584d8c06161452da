#include "tests/bench/RawRowCopy.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

namespace palisade::bench {
namespace {

Error sqliteError(sqlite3* db, const QString& what)
{
    return Error{ErrorKind::Io, what, QString::fromUtf8(sqlite3_errmsg(db))};
}

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

qint64 RawRowCopy::Rows::rowCount() const
{
    qint64 count = 0;
    for (const Table& table : tables)
        count += qint64(table.rows.size());
    return count;
}

RawRowCopy RawRowCopy::startingFrom(Database& db)
{
    RawRowCopy copy;
    sqlite3_stmt* tables = nullptr;
    sqlite3_prepare_v2(db.handle(),
                       "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite_%' ORDER BY rowid",
                       -1, &tables, nullptr);
    while (sqlite3_step(tables) == SQLITE_ROW)
        copy.m_tables.append(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(tables, 0))));
    sqlite3_finalize(tables);
    for (const QString& table : std::as_const(copy.m_tables)) {
        // WITHOUT ROWID tables (settings) have no rowid to start after; they
        // are counted instead, and rowsAdded() refuses if the count changed.
        const bool hasRowid = scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_list "
                                                        "WHERE name = '%1' AND wr = 0")
                                             .arg(table)) == 1;
        if (hasRowid)
            copy.m_lastRowid.insert(
                table, scalar(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1")
                                      .arg(quoted(table))));
        else
            copy.m_rowCount.insert(
                table, scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table))));
    }
    return copy;
}

qint64 RawRowCopy::scalar(Database& db, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db.handle(), utf8.constData(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

Result<RawRowCopy::Rows> RawRowCopy::rowsAdded(Database& db) const
{
    Rows rows;
    for (auto it = m_rowCount.cbegin(); it != m_rowCount.cend(); ++it) {
        if (scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(it.key()))) !=
            it.value())
            return Error{
                ErrorKind::Invalid,
                QStringLiteral("%1 has no rowid and changed; it cannot be copied.").arg(it.key()),
                {}};
    }
    for (const QString& name : m_tables) {
        if (!m_lastRowid.contains(name))
            continue;
        const QByteArray sql = QStringLiteral("SELECT * FROM %1 WHERE rowid > %2 ORDER BY rowid")
                                   .arg(quoted(name))
                                   .arg(m_lastRowid.value(name))
                                   .toUtf8();
        sqlite3_stmt* select = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &select, nullptr) != SQLITE_OK)
            return sqliteError(db.handle(), QStringLiteral("Cannot read %1.").arg(name));
        Table table;
        table.name = name;
        const int columns = sqlite3_column_count(select);
        for (int c = 0; c < columns; ++c)
            table.columns.append(QString::fromUtf8(sqlite3_column_name(select, c)));
        while (sqlite3_step(select) == SQLITE_ROW) {
            std::vector<Value> row(size_t(columns), Value{});
            for (int c = 0; c < columns; ++c) {
                Value& value = row[size_t(c)];
                value.type = sqlite3_column_type(select, c);
                if (value.type == SQLITE_INTEGER)
                    value.integer = sqlite3_column_int64(select, c);
                else if (value.type == SQLITE_FLOAT)
                    value.real = sqlite3_column_double(select, c);
                else if (value.type == SQLITE_TEXT || value.type == SQLITE_BLOB)
                    value.bytes =
                        QByteArray(static_cast<const char*>(sqlite3_column_blob(select, c)),
                                   sqlite3_column_bytes(select, c));
            }
            table.rows.push_back(std::move(row));
        }
        sqlite3_finalize(select);
        if (!table.rows.empty())
            rows.tables.push_back(std::move(table));
    }
    return rows;
}

Result<void> RawRowCopy::insert(Database& db, const Rows& rows)
{
    sqlite3* handle = db.handle();
    if (sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(handle, QStringLiteral("Cannot begin."));
    for (const Table& table : rows.tables) {
        QStringList placeholders;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            placeholders.append(QStringLiteral("?"));
        QStringList columns;
        for (const QString& column : table.columns)
            columns.append(quoted(column));
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(quoted(table.name), columns.join(QLatin1Char(',')),
                                        placeholders.join(QLatin1Char(',')))
                                   .toUtf8();
        sqlite3_stmt* insert = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &insert, nullptr) != SQLITE_OK) {
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return sqliteError(handle, QStringLiteral("Cannot prepare %1.").arg(table.name));
        }
        for (const std::vector<Value>& row : table.rows) {
            for (size_t c = 0; c < row.size(); ++c) {
                const Value& value = row[c];
                const int index = int(c) + 1;
                if (value.type == SQLITE_INTEGER)
                    sqlite3_bind_int64(insert, index, value.integer);
                else if (value.type == SQLITE_FLOAT)
                    sqlite3_bind_double(insert, index, value.real);
                else if (value.type == SQLITE_TEXT)
                    sqlite3_bind_text(insert, index, value.bytes.constData(),
                                      int(value.bytes.size()), SQLITE_STATIC);
                else if (value.type == SQLITE_BLOB)
                    sqlite3_bind_blob(insert, index, value.bytes.constData(),
                                      int(value.bytes.size()), SQLITE_STATIC);
                else
                    sqlite3_bind_null(insert, index);
            }
            if (sqlite3_step(insert) != SQLITE_DONE) {
                const Error error =
                    sqliteError(handle, QStringLiteral("Cannot insert into %1.").arg(table.name));
                sqlite3_finalize(insert);
                sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
                return error;
            }
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
    }
    if (sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(handle, QStringLiteral("Cannot commit."));
    return {};
}

} // namespace palisade::bench
