#pragma once

#include "core/evidence/PackFontRole.h"
#include "core/evidence/PackTable.h"

#include <QRectF>
#include <QString>
#include <functional>
#include <utility>
#include <variant>
#include <vector>

class QPainter;

namespace palisade {

// What an evidence pack is made of, in reading order; PackLayout places the
// blocks on pages.
namespace packblock {

// A section: starts a page, is named in the running header and listed in the
// table of contents.
struct Section
{
    QString title;
};

// A heading within a section; kept on the page of what follows it.
struct Subheading
{
    QString text;
};

// Wrapped text that may continue on the next page.
struct Paragraph
{
    QString text;
    PackFontRole role = PackFontRole::Body;
};

// Label and value pairs, in two columns.
struct Facts
{
    std::vector<std::pair<QString, QString>> pairs;
};

// A drawing of a fixed height (a heat map, a chart), kept on one page. The
// painter is in points with its origin at the figure's top left; `width` is
// the body's width.
struct Figure
{
    qreal height = 0; // points
    std::function<void(QPainter& painter, qreal width)> paint;
};

// The table of contents: one line per section with its first page.
struct Contents
{
};

struct PageBreak
{
};

// Blank space, in points, even at the top of a page (the cover).
struct Spacer
{
    qreal height = 0;
};

} // namespace packblock

using PackBlock = std::variant<packblock::Section, packblock::Subheading, packblock::Paragraph,
                               packblock::Facts, PackTable, packblock::Figure, packblock::Contents,
                               packblock::PageBreak, packblock::Spacer>;

} // namespace palisade
