#include "app/cli/TextTable.h"

#include <algorithm>

namespace palisade::cli {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells << QString();
    m_rows << cells;
}

QStringList TextTable::lines() const
{
    QList<qsizetype> widths(m_header.size(), 0);
    const auto measure = [&](const QStringList& cells) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = std::max(widths[column], cells.at(column).size());
    };
    measure(m_header);
    for (const QStringList& row : m_rows)
        measure(row);

    const auto format = [&](const QStringList& cells) {
        QString line;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            const bool last = column + 1 == widths.size();
            if (column > 0)
                line += QStringLiteral("  ");
            if (m_rightAligned.contains(int(column)))
                line += cells.at(column).rightJustified(widths[column]);
            else
                line += last ? cells.at(column) : cells.at(column).leftJustified(widths[column]);
        }
        return line;
    };

    QStringList result;
    result << format(m_header);
    for (const QStringList& row : m_rows)
        result << format(row);
    return result;
}

} // namespace palisade::cli
