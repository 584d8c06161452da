#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {
class Database;
}

namespace palisade::bench {

// The rows an operation added to a program file, read back column by column
// with SQLite's own types, and written again into another file by nothing but
// prepared INSERT statements: the baseline a register's bulk write is compared
// with.
class RawRowCopy
{
public:
    struct Value
    {
        int type = 0; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL
        qint64 integer = 0;
        double real = 0;
        QByteArray bytes;
    };
    struct Table
    {
        QString name;
        QStringList columns;
        std::vector<std::vector<Value>> rows;
    };
    struct Rows
    {
        std::vector<Table> tables; // in the order the schema creates them
        qint64 rowCount() const;
    };

    // Remembers the last rowid of every table of `db`.
    static RawRowCopy startingFrom(Database& db);
    // Every row of `db` after the remembered rowids.
    Result<Rows> rowsAdded(Database& db) const;
    // Inserts `rows` in one transaction, one prepared statement per table.
    static Result<void> insert(Database& db, const Rows& rows);

private:
    // The first column of the first row of `sql`; -1 when there is none.
    static qint64 scalar(Database& db, const QString& sql);

    QStringList m_tables;
    QHash<QString, qint64> m_lastRowid; // tables with a rowid
    QHash<QString, qint64> m_rowCount;  // WITHOUT ROWID tables
};

} // namespace palisade::bench
