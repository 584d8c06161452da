#include "core/io/SheetFile.h"

#include "core/io/CsvWriter.h"
#include "core/io/XlsxWriter.h"

namespace palisade {

XlsxSheet SheetFile::sheet(const QString& name, const QStringList& headers,
                           const QList<XlsxRow>& rows)
{
    XlsxSheet out(name, headers);
    for (const XlsxRow& row : rows)
        out.addRow(row);
    return out;
}

QList<QStringList> SheetFile::textRows(const QList<XlsxRow>& rows, CellText cellText)
{
    QList<QStringList> out;
    for (const XlsxRow& row : rows) {
        QStringList fields;
        for (const XlsxCell& cell : row)
            fields << cellText(cell);
        out << fields;
    }
    return out;
}

Result<void> SheetFile::saveCsv(const QStringList& headers, QList<QStringList> rows,
                                const QString& path, OverwritePolicy policy)
{
    CsvWriter writer(headers);
    for (QStringList& fields : rows)
        writer.addRow(std::move(fields));
    return writer.save(path, policy);
}

Result<void> SheetFile::saveXlsx(const XlsxSheet& sheet, const QString& path,
                                 OverwritePolicy policy)
{
    XlsxWriter writer;
    writer.addSheet(sheet);
    return writer.save(path, policy);
}

} // namespace palisade
