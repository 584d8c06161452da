#pragma once

#include <QRectF>

namespace palisade {

// One occurrence of searched text: the page index (from 0) and where the text
// sits on that page, in PDF points from the page's top-left corner.
struct PdfMatch
{
    int page = 0;
    QRectF rect;

    friend bool operator==(const PdfMatch&, const PdfMatch&) = default;
};

} // namespace palisade
