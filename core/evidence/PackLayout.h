#pragma once

#include "core/evidence/PackBlock.h"
#include "core/evidence/PackPage.h"
#include "core/evidence/PackStyle.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QStringList>
#include <vector>

class QPaintDevice;

namespace palisade {

// Places the blocks of an evidence pack on pages of a given size: text wraps
// and continues on the next page, tables break between rows with their
// header repeated, headings stay with what follows them, figures stay whole,
// and each section starts a page. Measures text on the device the pack will
// be painted on, at 72 dots per inch, so one unit is one point.
class PackLayout
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PackLayout)

public:
    struct Result
    {
        std::vector<PackPage> pages;
        QStringList sections;          // in order
        std::vector<int> sectionPages; // 1-based first page of each section
    };

    PackLayout(const PackStyle& style, const QSizeF& pageSize, QPaintDevice& device);

    Result layout(const std::vector<PackBlock>& blocks);

private:
    void place(const packblock::Section& block);
    // Keeps the heading on the page of the first `keepWithNext` points of
    // what follows it.
    void place(const packblock::Subheading& block, qreal keepWithNext);
    qreal leadHeight(const PackBlock& next) const;
    void place(const packblock::Paragraph& block);
    void place(const packblock::Facts& block);
    void place(const PackTable& table);
    void place(const packblock::Figure& block);
    void place(const packblock::Contents& block);
    void place(const packblock::PageBreak& block);
    void place(const packblock::Spacer& block);

    // Text broken into lines to fit a width, with each line's width.
    struct Wrapped
    {
        QStringList lines;
        std::vector<qreal> widths;
    };
    // A table row measured: each cell wrapped to its column, and the height.
    struct MeasuredRow
    {
        std::vector<Wrapped> cells;
        qreal height = 0;
    };

    // Lines of `text` broken to `width` (at words, or anywhere in a long
    // unbroken string such as a hash), in order; a line break in the text
    // starts a new line.
    Wrapped wrap(const QString& text, PackFontRole role, qreal width) const;
    // The height of `lines` lines of `role`. QPainter::drawText, which paints
    // text as one block, advances each line by the line's height rounded up to
    // a whole unit; PackPdfWriter paints the lines the same way.
    qreal textHeight(qsizetype lines, PackFontRole role) const;
    qreal lineHeight(PackFontRole role) const;
    void newPage();
    qreal remaining() const { return m_bottom - m_y; }
    bool atTop() const { return m_y <= m_top + 0.01; }
    // Moves to a new page unless `height` fits below, or the page is empty.
    void ensureRoom(qreal height);
    void addSpace(qreal space);
    PackItem& addText(const QRectF& rect, Wrapped text, PackFontRole role);
    void addFill(const QRectF& rect, const QColor& color);
    void addLine(const QPointF& from, const QPointF& to, const QColor& color);
    MeasuredRow measureRow(const PackTable& table, const QStringList& cells,
                           const std::vector<qreal>& widths, bool header) const;
    // Places one measured table row at the current position.
    void placeRow(const PackTable& table, MeasuredRow row, const std::vector<qreal>& widths,
                  bool header, bool striped);
    static PackFontRole cellRole(const PackTable::Column& column, bool header);
    std::vector<qreal> columnWidths(const PackTable& table) const;
    static QStringList columnTitles(const PackTable& table);

    const PackStyle& m_style;
    std::vector<qreal> m_lineHeights; // by role
    QSizeF m_pageSize;
    QPaintDevice& m_device;
    qreal m_left = 0;
    qreal m_width = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    QString m_section;
    QStringList m_plannedSections; // for the contents, found before laying out
    Result m_result;
};

} // namespace palisade
