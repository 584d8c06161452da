#include "core/risk/CsvImportTable.h"

#include "core/io/CsvReader.h"
#include "core/risk/RiskCsvValues.h"

#include <QFileInfo>

namespace palisade {

Result<CsvImportTable> CsvImportTable::readFile(const QString& path, const QStringList& required,
                                                const QStringList& optional)
{
    return fromRecords(CsvReader::readFile(path), QFileInfo(path).fileName(), required, optional);
}

Result<CsvImportTable> CsvImportTable::readData(const QByteArray& data, const QStringList& required,
                                                const QStringList& optional)
{
    return fromRecords(CsvReader::parse(data), {}, required, optional);
}

Result<CsvImportTable> CsvImportTable::fromRecords(Result<QList<CsvRecord>> records,
                                                   QString fileName, const QStringList& required,
                                                   const QStringList& optional)
{
    if (!records)
        return records.error();
    QList<CsvRecord> rows = std::move(records).value();
    if (rows.isEmpty())
        return Error{ErrorKind::Invalid, tr("The file is empty: it has no header row."), {}};
    CsvRecord headerRecord = rows.takeFirst();
    for (QString& field : headerRecord.fields)
        field = RiskCsvValues::columnName(field);
    Result<CsvHeader> header = CsvHeader::map(headerRecord, required, optional);
    if (!header)
        return header.error();
    return CsvImportTable{std::move(header).value(), std::move(rows), std::move(fileName)};
}

} // namespace palisade
