#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QSizeF>

namespace palisade::ui {

// Where each page sits when the pages are stacked in one column: sizes in
// PDF points, a scale in logical pixels per point, pages centred in the
// viewport's width. Coordinates are in the scrolled content, not the viewport.
class PdfPageLayout
{
public:
    static constexpr int margin = 16;
    static constexpr int spacing = 12;

    void setPageSizes(const QList<QSizeF>& points);
    void setScale(double pixelsPerPoint);
    void setViewportWidth(int width);

    int pageCount() const { return static_cast<int>(m_points.size()); }
    double scale() const { return m_scale; }
    QSizeF pagePoints(int page) const;
    QRect pageRect(int page) const;
    QSize contentSize() const { return m_content; }

    // The pages that overlap the rows [top, bottom] of the content.
    QList<int> pagesBetween(int top, int bottom) const;
    // The page under a content point, or -1 between pages.
    int pageAt(const QPoint& point) const;

    // Scales that fit the widest page's width, or the largest page whole, into
    // a viewport of the given size.
    double fitWidthScale(int viewportWidth) const;
    double fitPageScale(const QSize& viewport) const;

private:
    void update();

    QList<QSizeF> m_points;
    QList<QRect> m_rects;
    QSizeF m_largest;
    double m_scale = 1.0;
    int m_viewportWidth = 0;
    QSize m_content;
};

} // namespace palisade::ui
