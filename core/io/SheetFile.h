#pragma once

#include "core/io/OverwritePolicy.h"
#include "core/io/XlsxSheet.h"
#include "core/util/Result.h"

#include <QList>
#include <QStringList>

namespace palisade {

// What every table export shares: the same typed rows written as a CSV file
// (each cell as text) or as one XLSX worksheet.
class SheetFile
{
public:
    using CellText = QString (*)(const XlsxCell&);

    static XlsxSheet sheet(const QString& name, const QStringList& headers,
                           const QList<XlsxRow>& rows);
    static QList<QStringList> textRows(const QList<XlsxRow>& rows, CellText cellText);
    static Result<void> saveCsv(const QStringList& headers, QList<QStringList> rows,
                                const QString& path, OverwritePolicy policy);
    static Result<void> saveXlsx(const XlsxSheet& sheet, const QString& path,
                                 OverwritePolicy policy);
};

} // namespace palisade
