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

PackItem& PackLayout::addText(const QRectF& rect, const QString& text, PackFontRole role)
{
    PackItem item;
    item.kind = PackItem::Kind::Text;
    item.rect = rect;
    item.text = text;
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
    return QFontMetricsF(m_style.font(role), &m_device).lineSpacing();
}

QStringList PackLayout::wrap(const QString& text, PackFontRole role, qreal width) const
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, m_style.font(role), &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

qreal PackLayout::textHeight(const QString& text, PackFontRole role, qreal width) const
{
    // QPainter::drawText, which paints the text as one block, advances each
    // line by the line's height rounded up to a whole unit.
    const qsizetype lines = std::max<qsizetype>(1, wrap(text, role, width).size());
    const qreal line = lineHeight(role);
    return qreal(lines - 1) * std::ceil(line) + line;
}

void PackLayout::place(const packblock::Section& block)
{
    m_section = block.title;
    if (!atTop() || !m_result.pages.back().items.empty())
        newPage();
    m_result.pages.back().section = m_section;
    m_result.sections << block.title;
    m_result.sectionPages.push_back(int(m_result.pages.size()));
    const qreal height = textHeight(block.title, PackFontRole::Heading, m_width);
    addText(QRectF(m_left, m_y, m_width, height), block.title, PackFontRole::Heading).color =
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
               rowHeight(*table, columnTitles(*table), widths, true) +
               rowHeight(*table, table->rows.front(), widths, false);
    }
    if (const auto* paragraph = std::get_if<packblock::Paragraph>(&next)) {
        const qsizetype lines = wrap(paragraph->text, paragraph->role, m_width).size();
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
    const qreal height = textHeight(block.text, PackFontRole::Subheading, m_width);
    addSpace(m_style.spaceBefore(PackFontRole::Subheading));
    // A heading at the foot of a page with what it introduces overleaf reads
    // as a heading of nothing; a lead taller than a page cannot be kept.
    ensureRoom(height + 4 + std::min(keepWithNext, m_bottom - m_top - height - 4));
    addText(QRectF(m_left, m_y, m_width, height), block.text, PackFontRole::Subheading);
    m_y += height + 4;
}

void PackLayout::place(const packblock::Paragraph& block)
{
    addSpace(m_style.spaceBefore(block.role));
    const qreal line = lineHeight(block.role);
    for (const QString& text : wrap(block.text, block.role, m_width)) {
        if (line > remaining())
            newPage();
        if (!text.isEmpty())
            addText(QRectF(m_left, m_y, m_width, line), text, block.role);
        m_y += line;
    }
}

void PackLayout::place(const packblock::Facts& block)
{
    addSpace(m_style.spaceBefore(PackFontRole::Body));
    const qreal labelWidth = std::min(m_width * 0.32, 170.0);
    const qreal valueWidth = m_width - labelWidth - 8;
    for (const auto& [label, value] : block.pairs) {
        const qreal height = std::max(textHeight(label, PackFontRole::Body, labelWidth),
                                      textHeight(value, PackFontRole::Body, valueWidth)) +
                             3;
        ensureRoom(height);
        PackItem& labelItem =
            addText(QRectF(m_left, m_y, labelWidth, height), label, PackFontRole::Body);
        labelItem.color = m_style.muted();
        addText(QRectF(m_left + labelWidth + 8, m_y, valueWidth, height), value,
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

qreal PackLayout::rowHeight(const PackTable& table, const QStringList& cells,
                            const std::vector<qreal>& widths, bool header) const
{
    const qreal padding = m_style.cellPadding();
    qreal tallest = lineHeight(header ? PackFontRole::TableHeader : PackFontRole::TableCell);
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const QString text = i < std::size_t(cells.size()) ? cells[qsizetype(i)] : QString();
        tallest = std::max(
            tallest, textHeight(text, cellRole(table.columns[i], header), widths[i] - 2 * padding));
    }
    return tallest + 2 * padding;
}

void PackLayout::placeRow(const PackTable& table, const QStringList& cells,
                          const std::vector<qreal>& widths, bool header, bool striped)
{
    const qreal padding = m_style.cellPadding();
    // A row taller than a page is cut at the page's foot rather than lost.
    const qreal height = std::min(rowHeight(table, cells, widths, header), m_bottom - m_top);
    if (header)
        addFill(QRectF(m_left, m_y, m_width, height), m_style.headerFill());
    else if (striped)
        addFill(QRectF(m_left, m_y, m_width, height), m_style.stripeFill());
    qreal x = m_left;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const QString text = i < std::size_t(cells.size()) ? cells[qsizetype(i)] : QString();
        if (!text.isEmpty()) {
            PackItem& item = addText(
                QRectF(x + padding, m_y + padding, widths[i] - 2 * padding, height - 2 * padding),
                text, cellRole(table.columns[i], header));
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

    const qreal headerHeight = rowHeight(table, titles, widths, true);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const qreal height = rowHeight(table, table.rows[r], widths, false);
        if (r == 0) {
            ensureRoom(headerHeight + height);
            placeRow(table, titles, widths, true, false);
        } else if (height > remaining()) {
            newPage();
            placeRow(table, titles, widths, true, false);
        }
        placeRow(table, table.rows[r], widths, false, r % 2 == 1);
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
        addText(QRectF(m_left, m_y, m_width - numberWidth, line), m_plannedSections[i],
                PackFontRole::Body);
        PackItem& number = addText(QRectF(m_left + m_width - numberWidth, m_y, numberWidth, line),
                                   QString(), PackFontRole::Body);
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
