#pragma once

#include "core/io/XlsxCell.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace palisade {

using XlsxRow = QList<XlsxCell>;

// One worksheet to write: a header row, then rows of typed cells. Column
// widths follow the longest value unless set here.
class XlsxSheet
{
public:
    // Spreadsheets limit sheet names to 31 characters without []:*?/\ and
    // unique within the workbook; XlsxWriter refuses names that break this.
    XlsxSheet(QString name, QStringList headers);

    const QString& name() const { return m_name; }
    const QStringList& headers() const { return m_headers; }
    const QList<XlsxRow>& rows() const { return m_rows; }

    void addRow(XlsxRow row) { m_rows.append(std::move(row)); }

    // Width in characters of the default font, as spreadsheets measure it.
    void setColumnWidth(int column, double width) { m_widths.insert(column, width); }
    std::optional<double> columnWidth(int column) const;

    // The number of columns: the header's or the widest row's, whichever is more.
    int columnCount() const;

private:
    QString m_name;
    QStringList m_headers;
    QList<XlsxRow> m_rows;
    QMap<int, double> m_widths;
};

} // namespace palisade
