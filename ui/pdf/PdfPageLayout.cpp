#include "ui/pdf/PdfPageLayout.h"

#include <QPoint>
#include <algorithm>
#include <cmath>

namespace palisade::ui {

void PdfPageLayout::setPageSizes(const QList<QSizeF>& points)
{
    m_points = points;
    m_largest = QSizeF();
    for (const QSizeF& size : m_points)
        m_largest = m_largest.expandedTo(size);
    update();
}

void PdfPageLayout::setScale(double pixelsPerPoint)
{
    m_scale = pixelsPerPoint > 0 ? pixelsPerPoint : 1.0;
    update();
}

void PdfPageLayout::setViewportWidth(int width)
{
    m_viewportWidth = std::max(0, width);
    update();
}

QSizeF PdfPageLayout::pagePoints(int page) const
{
    return page >= 0 && page < m_points.size() ? m_points.at(page) : QSizeF();
}

QRect PdfPageLayout::pageRect(int page) const
{
    return page >= 0 && page < m_rects.size() ? m_rects.at(page) : QRect();
}

QList<int> PdfPageLayout::pagesBetween(int top, int bottom) const
{
    QList<int> pages;
    // Pages are stacked top to bottom, so the first candidate is found by
    // binary search and the rest follow in order.
    auto first = std::lower_bound(m_rects.cbegin(), m_rects.cend(), top,
                                  [](const QRect& rect, int y) { return rect.bottom() < y; });
    for (auto it = first; it != m_rects.cend() && it->top() <= bottom; ++it)
        pages.append(static_cast<int>(it - m_rects.cbegin()));
    return pages;
}

int PdfPageLayout::pageAt(const QPoint& point) const
{
    for (const int page : pagesBetween(point.y(), point.y())) {
        if (m_rects.at(page).contains(point))
            return page;
    }
    return -1;
}

double PdfPageLayout::fitWidthScale(int viewportWidth) const
{
    if (m_largest.width() <= 0)
        return 1.0;
    return std::max(1, viewportWidth - 2 * margin) / m_largest.width();
}

double PdfPageLayout::fitPageScale(const QSize& viewport) const
{
    if (m_largest.isEmpty())
        return 1.0;
    const double byWidth = fitWidthScale(viewport.width());
    const double byHeight = std::max(1, viewport.height() - 2 * spacing) / m_largest.height();
    return std::min(byWidth, byHeight);
}

void PdfPageLayout::update()
{
    m_rects.clear();
    m_rects.reserve(m_points.size());
    int widest = 0;
    for (const QSizeF& size : m_points)
        widest = std::max(widest, static_cast<int>(std::lround(size.width() * m_scale)));
    const int contentWidth = std::max(m_viewportWidth, widest + 2 * margin);
    int y = margin;
    for (const QSizeF& size : m_points) {
        const int width = std::max(1, static_cast<int>(std::lround(size.width() * m_scale)));
        const int height = std::max(1, static_cast<int>(std::lround(size.height() * m_scale)));
        m_rects.append(QRect((contentWidth - width) / 2, y, width, height));
        y += height + spacing;
    }
    const int contentHeight = m_points.isEmpty() ? 0 : y - spacing + margin;
    m_content = QSize(contentWidth, contentHeight);
}

} // namespace palisade::ui
