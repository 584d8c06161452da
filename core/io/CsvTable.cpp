#include "core/io/CsvTable.h"

#include "core/io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>

namespace palisade {

CsvTable::CsvTable(CsvHeader header, QList<CsvRecord> rows)
    : m_header(std::move(header))
    , m_rows(std::move(rows))
{
}

Result<CsvTable> CsvTable::fromRecords(QList<CsvRecord> records, const QStringList& required,
                                       const QStringList& optional)
{
    if (records.isEmpty())
        return Error{ErrorKind::Invalid,
                     QCoreApplication::translate("palisade::CsvTable",
                                                 "The file is empty: it has no header row."),
                     {}};
    auto header = CsvHeader::map(records.takeFirst(), required, optional);
    if (!header.ok())
        return header.error();
    for (const CsvRecord& record : std::as_const(records))
        if (auto checked = header->check(record); !checked.ok())
            return checked.error();
    return CsvTable(std::move(header).value(), std::move(records));
}

Result<CsvTable> CsvTable::parse(const QByteArray& data, const QStringList& required,
                                 const QStringList& optional)
{
    auto records = CsvReader::parse(data);
    if (!records.ok())
        return records.error();
    return fromRecords(std::move(records).value(), required, optional);
}

Result<CsvTable> CsvTable::readFile(const QString& path, const QStringList& required,
                                    const QStringList& optional)
{
    auto records = CsvReader::readFile(path);
    if (!records.ok())
        return records.error();
    auto table = fromRecords(std::move(records).value(), required, optional);
    if (!table.ok()) {
        Error error = table.error();
        error.detail = QDir::toNativeSeparators(path);
        return error;
    }
    return table;
}

} // namespace palisade
