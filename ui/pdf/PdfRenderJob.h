#pragma once

#include <QRect>

namespace palisade::ui {

// One page to render: the whole page, or only `area` (device pixels at `dpi`)
// when the whole page would be too large at that resolution.
struct PdfRenderJob
{
    enum class Kind
    {
        Page,
        Thumbnail,
    };

    Kind kind = Kind::Page;
    int page = 0;
    double dpi = 72;
    QRect area;

    friend bool operator==(const PdfRenderJob& a, const PdfRenderJob& b)
    {
        return a.kind == b.kind && a.page == b.page && qFuzzyCompare(a.dpi, b.dpi) &&
               a.area == b.area;
    }
};

} // namespace palisade::ui
