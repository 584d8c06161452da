#pragma once

#include "core/pdf/PdfMatch.h"
#include "ui/pdf/PdfPageLayout.h"
#include "ui/pdf/PdfZoom.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QList>

namespace palisade::ui {

class PdfRenderQueue;

// The pages of a document in one continuous column. Only the pages in view
// (and one either side) are rendered, at the zoom times the screen's device
// pixel ratio so text stays crisp; until a render arrives the previous image
// is stretched, or a blank page shown. Beyond a size limit a page is rendered
// at a lower resolution and the part in view is rendered again in full detail.
//
// Keys: Page Up/Down previous/next page, Home/End first/last page, Space and
// Shift+Space a screen down/up, arrows scroll; Ctrl+wheel zooms; dragging pans.
class PdfPageView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit PdfPageView(PdfRenderQueue* queue, QWidget* parent = nullptr);

    // A new document, given by its page sizes in points; shows the first page.
    void setPageSizes(const QList<QSizeF>& points);
    void clear();

    int pageCount() const { return m_layout.pageCount(); }
    // From 0; -1 without a document.
    int currentPage() const { return m_current; }
    void goToPage(int page);

    PdfZoom zoom() const { return m_zoom; }
    // The factor in effect, also in the fit modes (1.0 = printed size).
    double zoomFactor() const { return m_factor; }
    void setZoom(const PdfZoom& zoom);

    // Marks `matches`; the one at `current` (if any) stands out and is
    // scrolled into view.
    void setHighlights(const QList<PdfMatch>& matches, int current);

    // A page's rectangle in viewport coordinates.
    QRect pageRect(int page) const;
    // Device pixels of the page's rendered image; empty until rendered.
    QSize renderedSize(int page) const;
    // Every page in view is rendered at the resolution the zoom asks for.
    bool isRenderComplete() const;

signals:
    void currentPageChanged(int page);
    void zoomChanged(double factor);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Rendered
    {
        QImage image;
        double dpi = 0;
        QRect area;
    };

    double pointScale() const;
    double fullDpi() const;
    double baseDpi(int page) const;
    bool needsDetail(int page) const;
    QRect detailArea(int page) const;
    QList<int> visiblePages() const;
    QRect visibleContent() const;

    void relayout();
    void updateScrollBars();
    void scrollToContent(int x, int y);
    void setCurrent(int page);
    void updateCurrentFromScroll();
    void scheduleRenders();
    void storeRender(int page, double dpi, const QRect& area, const QImage& image);
    void paintPage(QPainter& painter, int page, const QRect& target) const;

    PdfRenderQueue* m_queue;
    PdfPageLayout m_layout;
    PdfZoom m_zoom;
    double m_factor = 1.0;
    int m_current = -1;
    bool m_navigating = false;
    QHash<int, Rendered> m_base;
    QHash<int, Rendered> m_detail;
    QHash<int, QList<QRectF>> m_highlights;
    PdfMatch m_currentMatch;
    bool m_hasCurrentMatch = false;
    QPoint m_dragStart;
    QPoint m_dragScroll;
    bool m_dragging = false;
};

} // namespace palisade::ui
