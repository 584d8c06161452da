#pragma once

#include "core/evidence/PackFontRole.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPainter;

namespace palisade {

// One thing placed on a page of an evidence pack, in points from the page's
// top left.
struct PackItem
{
    enum class Kind
    {
        Text,   // `lines` from the top of `rect`
        Fill,   // `rect` filled with `color`
        Line,   // from rect.topLeft() to rect.bottomRight()
        Figure, // `paint` with the painter moved to rect.topLeft()
    };

    Kind kind = Kind::Text;
    QRectF rect;
    // The text as wrapped to the width of `rect` when laid out, one entry per
    // line, so that it is shaped once for measuring and once for painting.
    QStringList lines;
    // The width of each line, to set text aligned right against the edge.
    std::vector<qreal> lineWidths;
    PackFontRole role = PackFontRole::Body;
    QColor color;
    bool alignRight = false;
    bool bold = false;
    // For the table of contents: the index of the section whose first page
    // this text shows, filled in once every page is laid out; -1 otherwise.
    int pageOfSection = -1;
    std::function<void(QPainter&, qreal)> paint;
};

} // namespace palisade
