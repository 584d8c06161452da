#pragma once

#include "core/io/CsvHeader.h"
#include "core/io/CsvRecord.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace palisade {

// A whole CSV import: the header mapped to the expected columns and the data
// records below it, each already checked for values under unnamed columns.
class CsvTable
{
public:
    // The first record is the header. Invalid for an empty file, a header that
    // does not match, or a data record with a value under an unnamed column.
    static Result<CsvTable> fromRecords(QList<CsvRecord> records, const QStringList& required,
                                        const QStringList& optional = {});
    static Result<CsvTable> parse(const QByteArray& data, const QStringList& required,
                                  const QStringList& optional = {});
    static Result<CsvTable> readFile(const QString& path, const QStringList& required,
                                     const QStringList& optional = {});

    const CsvHeader& header() const { return m_header; }
    const QList<CsvRecord>& rows() const { return m_rows; }
    bool has(const QString& column) const { return m_header.has(column); }
    QString value(const CsvRecord& row, const QString& column) const
    {
        return m_header.value(row, column);
    }

private:
    CsvTable(CsvHeader header, QList<CsvRecord> rows);

    CsvHeader m_header;
    QList<CsvRecord> m_rows;
};

} // namespace palisade
