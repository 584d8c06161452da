#include "core/training/TrainingCsvTable.h"

#include "core/io/CsvReader.h"
#include "core/training/TrainingColumns.h"
#include "core/util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace palisade {
namespace {

QString quoted(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names)
        out << QStringLiteral("“%1”").arg(name);
    return out.join(QStringLiteral(", "));
}

} // namespace

Result<QByteArray> TrainingCsvTable::readBytes(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{
            ErrorKind::Io, tr("Cannot read “%1”: the file does not exist.").arg(shown), {}};
    if (info.isDir())
        return Error{
            ErrorKind::Io, tr("Cannot read “%1”: it is a folder, not a file.").arg(shown), {}};
    if (info.size() > CsvReader::maximumFileSize)
        return Error{ErrorKind::Invalid,
                     tr("“%1” is larger than %2 MB, too large to import.")
                         .arg(shown)
                         .arg(CsvReader::maximumFileSize / (1024 * 1024)),
                     {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, tr("Cannot read “%1”.").arg(shown), file.errorString()};
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorKind::Io, tr("Cannot read “%1”.").arg(shown), file.errorString()};
    return data;
}

Result<TrainingCsvTable> TrainingCsvTable::readFile(const QString& path,
                                                    const TrainingColumnMapping& mapping)
{
    Result<QByteArray> data = readBytes(path);
    if (!data)
        return data.error();
    return parse(*data, mapping, QFileInfo(path).fileName());
}

Result<TrainingCsvTable> TrainingCsvTable::parse(const QByteArray& data,
                                                 const TrainingColumnMapping& mapping,
                                                 const QString& fileName)
{
    Result<QList<CsvRecord>> records = CsvReader::parse(data);
    if (!records)
        return records.error();
    QList<CsvRecord> rows = std::move(records).value();
    if (rows.isEmpty())
        return Error{ErrorKind::Invalid, tr("The file is empty: it has no header row."), {}};

    TrainingCsvTable table;
    table.m_fileName = fileName;
    table.m_sha256 = sha256Hex(data);
    const CsvRecord headerRecord = rows.takeFirst();
    for (const QString& name : headerRecord.fields)
        table.m_header << name.simplified();
    table.m_rows = std::move(rows);

    const QStringList missing = TrainingColumnMapping::missingRequired(mapping, table.m_header);
    const QStringList ambiguous = mapping.ambiguous(table.m_header);
    if (!missing.isEmpty() || !ambiguous.isEmpty()) {
        QStringList problems;
        for (const QString& field : missing) {
            const QString column = mapping.column(field);
            problems << (column.isEmpty() || column == field
                             ? tr("no column for %1.").arg(field)
                             : tr("no column “%1” for %2.").arg(column, field));
        }
        for (const QString& field : ambiguous)
            problems << tr("several columns could be “%1” for %2; rename or map them.")
                            .arg(mapping.column(field), field);
        return Error{ErrorKind::Invalid,
                     tr("Line %1: the header row does not fit the mapping: %2 The file's columns "
                        "are %3.")
                         .arg(headerRecord.line)
                         .arg(problems.join(QLatin1Char(' ')), quoted(table.m_header)),
                     {}};
    }
    for (const QString& field : TrainingColumns::fields(mapping.kind()))
        table.m_indexes.insert(field, mapping.indexIn(field, table.m_header));
    return table;
}

QString TrainingCsvTable::value(const CsvRecord& record, const QString& field) const
{
    const int index = m_indexes.value(field, -1);
    if (index < 0 || index >= record.fields.size())
        return {};
    return record.fields.at(index).trimmed();
}

QString TrainingCsvTable::columnName(const QString& field) const
{
    const int index = m_indexes.value(field, -1);
    return index < 0 ? field : m_header.value(index);
}

QString TrainingCsvTable::unnamedValue(const CsvRecord& record) const
{
    for (int i = 0; i < record.fields.size(); ++i) {
        const bool named = i < m_header.size() && !m_header.at(i).isEmpty();
        if (!named && !record.fields.at(i).trimmed().isEmpty())
            return tr("there is a value (“%1”) in column %2, which has no name in the header row.")
                .arg(record.fields.at(i).trimmed())
                .arg(i + 1);
    }
    return {};
}

} // namespace palisade
