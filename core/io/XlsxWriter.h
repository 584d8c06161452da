#pragma once

#include "core/io/OverwritePolicy.h"
#include "core/io/XlsxSheet.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace palisade {

// Writes an .xlsx workbook (through libxlsxwriter) with one worksheet per
// XlsxSheet: a bold, frozen header row with an autofilter over the data,
// dates as real dates formatted yyyy-mm-dd, and columns sized to their
// content. Text is stored as text, never as a formula, so no guard is needed.
class XlsxWriter
{
public:
    static constexpr double minimumColumnWidth = 8;
    static constexpr double maximumColumnWidth = 60;

    void addSheet(XlsxSheet sheet) { m_sheets.append(std::move(sheet)); }
    const QList<XlsxSheet>& sheets() const { return m_sheets; }

    // Writes a temporary file in the target's folder and renames it into place,
    // so a failure leaves neither a partial file nor a changed target.
    Result<void> save(const QString& path, OverwritePolicy policy = OverwritePolicy::Refuse) const;

    // The width the column gets unless XlsxSheet::setColumnWidth overrides it.
    static double automaticWidth(const XlsxSheet& sheet, int column);

private:
    Result<void> writeWorkbook(const QString& path, const QString& temporaryPath) const;

    QList<XlsxSheet> m_sheets;
};

} // namespace palisade
