#include "core/io/XlsxSheet.h"

#include <algorithm>

namespace palisade {

XlsxSheet::XlsxSheet(QString name, QStringList headers)
    : m_name(std::move(name))
    , m_headers(std::move(headers))
{
}

std::optional<double> XlsxSheet::columnWidth(int column) const
{
    const auto found = m_widths.constFind(column);
    if (found == m_widths.cend())
        return std::nullopt;
    return *found;
}

int XlsxSheet::columnCount() const
{
    qsizetype count = m_headers.size();
    for (const XlsxRow& row : m_rows)
        count = std::max(count, row.size());
    return int(count);
}

} // namespace palisade
