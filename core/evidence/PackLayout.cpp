#include "core/evidence/PackLayout.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <type_traits>

namespace palisade {
namespace {

// Enough of what follows a heading to keep them together.
constexpr int linesKeptWithHeading = 3;

} // namespace

PackLayout::PackLayout(const PackStyle& style, const QSizeF& pageSize, QPaintDevice& device)
    : m_style(style)
    , m_pageSize(pageSize)
    , m_device(device)
{
    const QMarginsF margins = m_style.margins();
    m_left = margins.left();
    m_width = m_pageSize.width() - margins.left() - margins.right();
    m_top = margins.top();
    m_bottom = m_pageSize.height() - margins.bottom();
    for (int role = 0; role < packFontRoleCount; ++role)
        m_lineHeights.push_back(
            QFontMetricsF(m_style.font(PackFontRole(role)), &m_device).lineSpacing());
}

PackLayout::Result PackLayout::layout(const std::vector<PackBlock>& blocks)
{
    m_result = {};
    m_section.clear();
    m_plannedSections.clear();
    for (const PackBlock& block : blocks) {
        if (const auto* section = std::get_if<packblock::Section>(&block))
            m_plannedSections << section->title;
    }
    newPage();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        std::visit(
            [&](const auto& each) {
                if constexpr (std::is_same_v<std::decay_t<decltype(each)>, packblock::Subheading>)
                    place(each, i + 1 < blocks.size() ? leadHeight(blocks[i + 1]) : 0);
                else
                    place(each);
            },
            blocks[i]);
    }
    return std::move(m_result);
}

void PackLayout::newPage()
{
    PackPage page;
    page.section = m_section;
    m_result.pages.push_back(std::move(page));
    m_y = m_top;
}

void PackLayout::ensureRoom(qreal height)
{
    if (height > remaining() && !atTop())
        newPage();
}

void PackLayout::addSpace(qreal space)
{
    if (!atTop())
        m_y = std::min(m_y + space, m_bottom);
}

PackItem& PackLayout::addText(const QRectF& rect, Wrapped text, PackFontRole role)
{
    PackItem item;
    item.kind = PackItem::Kind::Text;
    item.rect = rect;
    item.lines = std::move(text.lines);
    item.lineWidths = std::move(text.widths);
    item.role = role;
    item.color = role == PackFontRole::Small ? m_style.muted() : m_style.ink();
    m_result.pages.back().items.push_back(std::move(item));
    return m_result.pages.back().items.back();
}

void PackLayout::addFill(const QRectF& rect, const QColor& color)
{
    PackItem item;
    item.kind = PackItem::Kind::Fill;
    item.rect = rect;
    item.color = color;
    m_result.pages.back().items.push_back(std::move(item));
}

void PackLayout::addLine(const QPointF& from, const QPointF& to, const QColor& color)
{
    PackItem item;
    item.kind = PackItem::Kind::Line;
    item.rect = QRectF(from, to);
    item.color = color;
    m_result.pages.back().items.push_back(std::move(item));
}

qreal PackLayout::lineHeight(PackFontRole role) const
{
    return m_lineHeights[std::size_t(role)];
}

PackLayout::Wrapped PackLayout::wrap(const QString& text, PackFontRole role, qreal width) const
{
    Wrapped wrapped;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QStringView paragraph : QStringView(text).split(QLatin1Char('\n'))) {
        if (paragraph.isEmpty()) {
            wrapped.lines << QString();
            wrapped.widths.push_back(0);
            continue;
        }
        const QString part = paragraph.toString();
        QTextLayout layout(part, m_style.font(role), &m_device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            wrapped.lines << part.mid(line.textStart(), line.textLength()).trimmed();
            wrapped.widths.push_back(line.naturalTextWidth());
        }
        layout.endLayout();
    }
    return wrapped;
}

qreal PackLayout::textHeight(qsizetype lines, PackFontRole role) const
{
    const qreal line = lineHeight(role);
    return qreal(std::max<qsizetype>(1, lines) - 1) * std::ceil(line) + line;
}

void PackLayout::place(const packblock::Section& block)
{
    m_section = block.title;
    if (!atTop() || !m_result.pages.back().items.empty())
        newPage();
    m_result.pages.back().section = m_section;
    m_result.sections << block.title;
    m_result.sectionPages.push_back(int(m_result.pages.size()));
    Wrapped title = wrap(block.title, PackFontRole::Heading, m_width);
    const qreal height = textHeight(title.lines.size(), PackFontRole::Heading);
    addText(QRectF(m_left, m_y, m_width, height), std::move(title), PackFontRole::Heading).color =
        m_style.accent();
    m_y += height + 4;
    addLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y), m_style.rule());
    m_y += 10;
}

qreal PackLayout::leadHeight(const PackBlock& next) const
{
    if (const auto* table = std::get_if<PackTable>(&next)) {
        if (table->rows.empty() || table->columns.empty())
            return m_style.spaceBefore(PackFontRole::TableCell) + lineHeight(PackFontRole::Body);
        const std::vector<qreal> widths = columnWidths(*table);
        return m_style.spaceBefore(PackFontRole::TableCell) +
               measureRow(*table, columnTitles(*table), widths, true).height +
               measureRow(*table, table->rows.front(), widths, false).height;
    }
    if (const auto* paragraph = std::get_if<packblock::Paragraph>(&next)) {
        const qsizetype lines = wrap(paragraph->text, paragraph->role, m_width).lines.size();
        return m_style.spaceBefore(paragraph->role) +
               qreal(std::min<qsizetype>(lines, linesKeptWithHeading)) *
                   lineHeight(paragraph->role);
    }
    if (const auto* figure = std::get_if<packblock::Figure>(&next))
        return m_style.spaceBefore(PackFontRole::Body) + std::min(figure->height, m_bottom - m_top);
    return linesKeptWithHeading * lineHeight(PackFontRole::Body);
}

void PackLayout::place(const packblock::Subheading& block, qreal keepWithNext)
{
    Wrapped text = wrap(block.text, PackFontRole::Subheading, m_width);
    const qreal height = textHeight(text.lines.size(), PackFontRole::Subheading);
    addSpace(m_style.spaceBefore(PackFontRole::Subheading));
    // A heading at the foot of a page with what it introduces overleaf reads
    // as a heading of nothing; a lead taller than a page cannot be kept.
    ensureRoom(height + 4 + std::min(keepWithNext, m_bottom - m_top - height - 4));
    addText(QRectF(m_left, m_y, m_width, height), std::move(text), PackFontRole::Subheading);
    m_y += height + 4;
}

void PackLayout::place(const packblock::Paragraph& block)
{
    addSpace(m_style.spaceBefore(block.role));
    const qreal line = lineHeight(block.role);
    const Wrapped wrapped = wrap(block.text, block.role, m_width);
    for (qsizetype i = 0; i < wrapped.lines.size(); ++i) {
        if (line > remaining())
            newPage();
        if (!wrapped.lines[i].isEmpty())
            addText(QRectF(m_left, m_y, m_width, line),
                    Wrapped{{wrapped.lines[i]}, {wrapped.widths[std::size_t(i)]}}, block.role);
        m_y += line;
    }
}

void PackLayout::place(const packblock::Facts& block)
{
    addSpace(m_style.spaceBefore(PackFontRole::Body));
    const qreal labelWidth = std::min(m_width * 0.32, 170.0);
    const qreal valueWidth = m_width - labelWidth - 8;
    for (const auto& [label, value] : block.pairs) {
        Wrapped labelLines = wrap(label, PackFontRole::Body, labelWidth);
        Wrapped valueLines = wrap(value, PackFontRole::Body, valueWidth);
        const qreal height = textHeight(std::max(labelLines.lines.size(), valueLines.lines.size()),
                                        PackFontRole::Body) +
                             3;
        ensureRoom(height);
        PackItem& labelItem = addText(QRectF(m_left, m_y, labelWidth, height),
                                      std::move(labelLines), PackFontRole::Body);
        labelItem.color = m_style.muted();
        addText(QRectF(m_left + labelWidth + 8, m_y, valueWidth, height), std::move(valueLines),
                PackFontRole::Body);
        m_y += height;
    }
}

PackFontRole PackLayout::cellRole(const PackTable::Column& column, bool header)
{
    if (header)
        return PackFontRole::TableHeader;
    return column.code ? PackFontRole::Code : PackFontRole::TableCell;
}

PackLayout::MeasuredRow PackLayout::measureRow(const PackTable& table, const QStringList& cells,
                                               const std::vector<qreal>& widths, bool header) const
{
    const qreal padding = m_style.cellPadding();
    MeasuredRow row;
    row.height = lineHeight(header ? PackFontRole::TableHeader : PackFontRole::TableCell);
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const PackFontRole role = cellRole(table.columns[i], header);
        const QString text = i < std::size_t(cells.size()) ? cells[qsizetype(i)] : QString();
        row.cells.push_back(text.isEmpty() ? Wrapped{} : wrap(text, role, widths[i] - 2 * padding));
        row.height = std::max(row.height, textHeight(row.cells.back().lines.size(), role));
    }
    row.height += 2 * padding;
    return row;
}

void PackLayout::placeRow(const PackTable& table, MeasuredRow row, const std::vector<qreal>& widths,
                          bool header, bool striped)
{
    const qreal padding = m_style.cellPadding();
    // A row taller than a page is cut at the page's foot rather than lost.
    const qreal height = std::min(row.height, m_bottom - m_top);
    if (header)
        addFill(QRectF(m_left, m_y, m_width, height), m_style.headerFill());
    else if (striped)
        addFill(QRectF(m_left, m_y, m_width, height), m_style.stripeFill());
    qreal x = m_left;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (!row.cells[i].lines.isEmpty()) {
            PackItem& item = addText(
                QRectF(x + padding, m_y + padding, widths[i] - 2 * padding, height - 2 * padding),
                std::move(row.cells[i]), cellRole(table.columns[i], header));
            item.alignRight = table.columns[i].alignRight;
        }
        x += widths[i];
    }
    m_y += height;
    addLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y), m_style.rule());
}

std::vector<qreal> PackLayout::columnWidths(const PackTable& table) const
{
    const qreal total = std::accumulate(table.columns.begin(), table.columns.end(), 0.0,
                                        [](qreal sum, const PackTable::Column& column) {
                                            return sum + std::max(column.weight, 0.01);
                                        });
    std::vector<qreal> widths;
    for (const PackTable::Column& column : table.columns)
        widths.push_back(m_width * std::max(column.weight, 0.01) / total);
    return widths;
}

QStringList PackLayout::columnTitles(const PackTable& table)
{
    QStringList titles;
    for (const PackTable::Column& column : table.columns)
        titles << column.title;
    return titles;
}

void PackLayout::place(const PackTable& table)
{
    addSpace(m_style.spaceBefore(PackFontRole::TableCell));
    if (table.rows.empty() || table.columns.empty()) {
        place(packblock::Paragraph{table.emptyText, PackFontRole::Body});
        return;
    }
    const std::vector<qreal> widths = columnWidths(table);
    const QStringList titles = columnTitles(table);

    const MeasuredRow header = measureRow(table, titles, widths, true);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        MeasuredRow row = measureRow(table, table.rows[r], widths, false);
        if (r == 0) {
            ensureRoom(header.height + row.height);
            placeRow(table, header, widths, true, false);
        } else if (row.height > remaining()) {
            newPage();
            placeRow(table, header, widths, true, false);
        }
        placeRow(table, std::move(row), widths, false, r % 2 == 1);
    }
}

void PackLayout::place(const packblock::Figure& block)
{
    addSpace(m_style.spaceBefore(PackFontRole::Body));
    ensureRoom(block.height);
    PackItem item;
    item.kind = PackItem::Kind::Figure;
    item.rect = QRectF(m_left, m_y, m_width, std::min(block.height, m_bottom - m_top));
    item.paint = block.paint;
    const qreal height = item.rect.height();
    m_result.pages.back().items.push_back(std::move(item));
    m_y += height;
}

void PackLayout::place(const packblock::Contents&)
{
    const qreal line = lineHeight(PackFontRole::Body) + 5;
    const qreal numberWidth = 40;
    for (int i = 0; i < m_plannedSections.size(); ++i) {
        ensureRoom(line);
        addText(QRectF(m_left, m_y, m_width - numberWidth, line),
                wrap(m_plannedSections[i], PackFontRole::Body, m_width - numberWidth),
                PackFontRole::Body);
        PackItem& number = addText(QRectF(m_left + m_width - numberWidth, m_y, numberWidth, line),
                                   Wrapped{}, PackFontRole::Body);
        number.alignRight = true;
        number.pageOfSection = i;
        m_y += line;
        addLine(QPointF(m_left, m_y - 3), QPointF(m_left + m_width, m_y - 3),
                m_style.stripeFill().darker(108));
    }
}

void PackLayout::place(const packblock::PageBreak&)
{
    if (!atTop() || !m_result.pages.back().items.empty())
        newPage();
}

void PackLayout::place(const packblock::Spacer& block)
{
    m_y = std::min(m_y + block.height, m_bottom);
}

} // namespace palisade
