#pragma once

#include <QList>
#include <QStringList>

namespace palisade::cli {

// Plain-text columns for a terminal: each column as wide as its widest cell,
// two spaces apart, no trailing blanks.
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    void setRightAligned(int column) { m_rightAligned << column; }
    QStringList lines() const;
    qsizetype rowCount() const { return m_rows.size(); }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_rightAligned;
};

} // namespace palisade::cli
