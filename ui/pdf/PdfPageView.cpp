#include "ui/pdf/PdfPageView.h"

#include "ui/pdf/PdfRenderQueue.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QShowEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace palisade::ui {

namespace {

// Above this many device pixels a page is not rendered whole at full detail
// (a Letter page at 400% on a high-density screen would take over 200 MB).
constexpr double maximumPagePixels = 9.0e6;

bool sameDpi(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(a, b);
}

} // namespace

PdfPageView::PdfPageView(PdfRenderQueue* queue, QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_queue(queue)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Always shown, so fitting the width does not change when it appears.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Document pages"));
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
    connect(m_queue, &PdfRenderQueue::pageRendered, this, &PdfPageView::storeRender);
}

void PdfPageView::setPageSizes(const QList<QSizeF>& points)
{
    m_base.clear();
    m_detail.clear();
    m_highlights.clear();
    m_hasCurrentMatch = false;
    m_layout.setPageSizes(points);
    m_current = -1;
    relayout();
    goToPage(0);
    viewport()->update();
}

void PdfPageView::clear()
{
    setPageSizes({});
}

void PdfPageView::goToPage(int page)
{
    if (pageCount() == 0) {
        setCurrent(-1);
        return;
    }
    page = std::clamp(page, 0, pageCount() - 1);
    setCurrent(page);
    const QRect rect = m_layout.pageRect(page);
    scrollToContent(horizontalScrollBar()->value(), rect.top() - PdfPageLayout::spacing);
    scheduleRenders();
}

void PdfPageView::setZoom(const PdfZoom& zoom)
{
    m_zoom = zoom;
    relayout();
}

void PdfPageView::setHighlights(const QList<PdfMatch>& matches, int current)
{
    m_highlights.clear();
    for (const PdfMatch& match : matches)
        m_highlights[match.page].append(match.rect);
    m_hasCurrentMatch = current >= 0 && current < matches.size();
    if (m_hasCurrentMatch) {
        m_currentMatch = matches.at(current);
        const QRect page = m_layout.pageRect(m_currentMatch.page);
        const double scale = m_layout.scale();
        const QRectF match(page.left() + m_currentMatch.rect.left() * scale,
                           page.top() + m_currentMatch.rect.top() * scale,
                           m_currentMatch.rect.width() * scale,
                           m_currentMatch.rect.height() * scale);
        const QRect shown = visibleContent().adjusted(24, 24, -24, -24);
        int x = horizontalScrollBar()->value();
        int y = verticalScrollBar()->value();
        if (!shown.contains(match.toAlignedRect())) {
            // Centre the match vertically; horizontally, move only as needed.
            y = static_cast<int>(match.center().y()) - viewport()->height() / 2;
            if (match.left() < shown.left() || match.right() > shown.right())
                x = static_cast<int>(match.center().x()) - viewport()->width() / 2;
        }
        setCurrent(m_currentMatch.page);
        scrollToContent(x, y);
        scheduleRenders();
    }
    viewport()->update();
}

QRect PdfPageView::pageRect(int page) const
{
    return m_layout.pageRect(page).translated(-horizontalScrollBar()->value(),
                                              -verticalScrollBar()->value());
}

QSize PdfPageView::renderedSize(int page) const
{
    const auto it = m_base.constFind(page);
    return it == m_base.cend() ? QSize() : it->image.size();
}

bool PdfPageView::isRenderComplete() const
{
    for (const int page : visiblePages()) {
        const auto base = m_base.constFind(page);
        if (base == m_base.cend() || !sameDpi(base->dpi, baseDpi(page)))
            return false;
        if (needsDetail(page)) {
            const auto detail = m_detail.constFind(page);
            if (detail == m_detail.cend() || !sameDpi(detail->dpi, fullDpi()) ||
                !detail->area.contains(detailArea(page)))
                return false;
        }
    }
    return true;
}

double PdfPageView::pointScale() const
{
    return logicalDpiX() / 72.0;
}

double PdfPageView::fullDpi() const
{
    return 72.0 * m_layout.scale() * devicePixelRatioF();
}

double PdfPageView::baseDpi(int page) const
{
    const QSizeF points = m_layout.pagePoints(page);
    const double full = fullDpi();
    const double pixels = points.width() * points.height() * (full / 72.0) * (full / 72.0);
    return pixels > maximumPagePixels ? full * std::sqrt(maximumPagePixels / pixels) : full;
}

bool PdfPageView::needsDetail(int page) const
{
    return !sameDpi(baseDpi(page), fullDpi());
}

// The part of the page in view plus half a screen around it, in device pixels
// of the page rendered at full detail.
QRect PdfPageView::detailArea(int page) const
{
    const QRect rect = m_layout.pageRect(page);
    const QRect around =
        visibleContent().adjusted(-viewport()->width() / 2, -viewport()->height() / 2,
                                  viewport()->width() / 2, viewport()->height() / 2);
    const QRect part = around.intersected(rect).translated(-rect.topLeft());
    if (part.isEmpty())
        return {};
    const double ratio = devicePixelRatioF();
    const QRect device(static_cast<int>(std::floor(part.left() * ratio)),
                       static_cast<int>(std::floor(part.top() * ratio)),
                       static_cast<int>(std::ceil(part.width() * ratio)),
                       static_cast<int>(std::ceil(part.height() * ratio)));
    const QSizeF points = m_layout.pagePoints(page);
    const QRect whole(0, 0, static_cast<int>(points.width() * fullDpi() / 72.0),
                      static_cast<int>(points.height() * fullDpi() / 72.0));
    return device.intersected(whole);
}

QRect PdfPageView::visibleContent() const
{
    return QRect(QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()),
                 viewport()->size());
}

QList<int> PdfPageView::visiblePages() const
{
    const QRect shown = visibleContent();
    return m_layout.pagesBetween(shown.top(), shown.bottom());
}

void PdfPageView::relayout()
{
    const int oldPage = m_current;
    const QRect oldRect = m_layout.pageRect(oldPage);
    const double fraction = oldRect.isValid() ? (verticalScrollBar()->value() - oldRect.top()) /
                                                    double(oldRect.height())
                                              : 0.0;
    const int oldWidth = std::max(1, m_layout.contentSize().width());
    const double across =
        (horizontalScrollBar()->value() + viewport()->width() / 2.0) / double(oldWidth);

    const double oldFactor = m_factor;
    switch (m_zoom.mode()) {
    case PdfZoom::Mode::FitWidth:
        m_factor = m_layout.fitWidthScale(viewport()->width()) / pointScale();
        break;
    case PdfZoom::Mode::FitPage:
        m_factor = m_layout.fitPageScale(viewport()->size()) / pointScale();
        break;
    case PdfZoom::Mode::Factor:
        m_factor = m_zoom.factor();
        break;
    }
    m_factor = std::clamp(m_factor, PdfZoom::minimumFactor, PdfZoom::maximumFactor);
    m_layout.setScale(m_factor * pointScale());
    m_layout.setViewportWidth(viewport()->width());
    updateScrollBars();

    if (oldRect.isValid()) {
        const QRect rect = m_layout.pageRect(oldPage);
        const int y = rect.top() + static_cast<int>(std::lround(fraction * rect.height()));
        const int x =
            static_cast<int>(across * m_layout.contentSize().width() - viewport()->width() / 2.0);
        scrollToContent(x, y);
    }
    if (!qFuzzyCompare(oldFactor, m_factor))
        emit zoomChanged(m_factor);
    scheduleRenders();
    viewport()->update();
}

void PdfPageView::updateScrollBars()
{
    const QSize content = m_layout.contentSize();
    const QSize shown = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, content.height() - shown.height()));
    verticalScrollBar()->setPageStep(shown.height());
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - shown.width()));
    horizontalScrollBar()->setPageStep(shown.width());
}

void PdfPageView::scrollToContent(int x, int y)
{
    // Moving on purpose keeps the page just chosen current, even when the last
    // pages are too short to reach the top of the view.
    const bool navigating = m_navigating;
    m_navigating = true;
    horizontalScrollBar()->setValue(x);
    verticalScrollBar()->setValue(y);
    m_navigating = navigating;
}

void PdfPageView::setCurrent(int page)
{
    if (page == m_current)
        return;
    m_current = page;
    emit currentPageChanged(page);
}

void PdfPageView::updateCurrentFromScroll()
{
    const QRect shown = visibleContent();
    int best = -1;
    int bestHeight = -1;
    for (const int page : visiblePages()) {
        const int height = m_layout.pageRect(page).intersected(shown).height();
        if (height > bestHeight) {
            best = page;
            bestHeight = height;
        }
    }
    if (best >= 0)
        setCurrent(best);
}

void PdfPageView::scheduleRenders()
{
    if (pageCount() == 0 || !isVisible())
        return;
    const QList<int> shown = visiblePages();
    if (shown.isEmpty())
        return;
    QList<PdfRenderJob> jobs;
    const auto wantBase = [&](int page) {
        const auto it = m_base.constFind(page);
        const double dpi = baseDpi(page);
        if (it == m_base.cend() || !sameDpi(it->dpi, dpi))
            jobs.append(PdfRenderJob{PdfRenderJob::Kind::Page, page, dpi, QRect()});
    };
    for (const int page : shown)
        wantBase(page);
    for (const int page : shown) {
        if (!needsDetail(page))
            continue;
        const QRect area = detailArea(page);
        const auto it = m_detail.constFind(page);
        if (!area.isEmpty() &&
            (it == m_detail.cend() || !sameDpi(it->dpi, fullDpi()) || !it->area.contains(area)))
            jobs.append(PdfRenderJob{PdfRenderJob::Kind::Page, page, fullDpi(), area});
    }
    const int first = shown.first();
    const int last = shown.last();
    if (last + 1 < pageCount())
        wantBase(last + 1);
    if (first > 0)
        wantBase(first - 1);
    m_queue->setPageJobs(jobs);

    // Keep the images near the view only; a long document would otherwise
    // hold every page it was scrolled through.
    for (auto it = m_base.begin(); it != m_base.end();)
        it = it.key() < first - 3 || it.key() > last + 3 ? m_base.erase(it) : std::next(it);
    for (auto it = m_detail.begin(); it != m_detail.end();)
        it = shown.contains(it.key()) ? std::next(it) : m_detail.erase(it);
}

void PdfPageView::storeRender(int page, double dpi, const QRect& area, const QImage& image)
{
    if (page < 0 || page >= pageCount())
        return;
    if (area.isNull()) {
        // An outdated resolution still beats a blank page while the right one renders.
        if (!sameDpi(dpi, baseDpi(page)) && m_base.contains(page))
            return;
        m_base.insert(page, Rendered{image, dpi, area});
    } else {
        if (!sameDpi(dpi, fullDpi()))
            return;
        m_detail.insert(page, Rendered{image, dpi, area});
    }
    viewport()->update(pageRect(page).adjusted(-2, -2, 2, 2));
}

void PdfPageView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Window).darker(112));
    const QRect shown = visibleContent();
    for (const int page : m_layout.pagesBetween(shown.top(), shown.bottom()))
        paintPage(painter, page, pageRect(page));
}

void PdfPageView::paintPage(QPainter& painter, int page, const QRect& target) const
{
    painter.fillRect(target.adjusted(-1, -1, 1, 2), QColor(0, 0, 0, 45));
    painter.fillRect(target, Qt::white);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double scale = m_layout.scale();
    if (const auto base = m_base.constFind(page); base != m_base.cend())
        painter.drawImage(QRectF(target), base->image);
    if (const auto detail = m_detail.constFind(page); detail != m_detail.cend()) {
        const double k = 72.0 * scale / detail->dpi;
        const QRectF area(target.left() + detail->area.left() * k,
                          target.top() + detail->area.top() * k, detail->area.width() * k,
                          detail->area.height() * k);
        painter.drawImage(area, detail->image);
    }

    const auto matches = m_highlights.constFind(page);
    if (matches == m_highlights.cend())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const auto onScreen = [&](const QRectF& points) {
        return QRectF(target.left() + points.left() * scale, target.top() + points.top() * scale,
                      points.width() * scale, points.height() * scale)
            .adjusted(-1.5, -1, 1.5, 1);
    };
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 214, 0, 110));
    for (const QRectF& rect : *matches) {
        if (!(m_hasCurrentMatch && m_currentMatch.page == page && m_currentMatch.rect == rect))
            painter.drawRoundedRect(onScreen(rect), 2, 2);
    }
    if (m_hasCurrentMatch && m_currentMatch.page == page) {
        painter.setPen(QPen(QColor(214, 96, 0), 1.5));
        painter.setBrush(QColor(255, 140, 0, 120));
        painter.drawRoundedRect(onScreen(m_currentMatch.rect), 2, 2);
    }
}

void PdfPageView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PdfPageView::scrollContentsBy(int, int)
{
    if (!m_navigating)
        updateCurrentFromScroll();
    scheduleRenders();
    viewport()->update();
}

void PdfPageView::keyPressEvent(QKeyEvent* event)
{
    const bool plain = !(event->modifiers() & ~(Qt::KeypadModifier | Qt::ControlModifier));
    if (pageCount() > 0 && plain) {
        switch (event->key()) {
        case Qt::Key_PageDown:
            goToPage(m_current + 1);
            return;
        case Qt::Key_PageUp:
            goToPage(m_current - 1);
            return;
        case Qt::Key_Home:
            goToPage(0);
            return;
        case Qt::Key_End:
            goToPage(pageCount() - 1);
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space) {
        const int step = std::max(40, viewport()->height() - 40);
        const int direction = event->modifiers() & Qt::ShiftModifier ? -1 : 1;
        verticalScrollBar()->setValue(verticalScrollBar()->value() + direction * step);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PdfPageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            setZoom(PdfZoom::stepIn(m_factor));
        else if (delta < 0)
            setZoom(PdfZoom::stepOut(m_factor));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfPageView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->position().toPoint();
        m_dragScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void PdfPageView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        const QPoint moved = event->position().toPoint() - m_dragStart;
        horizontalScrollBar()->setValue(m_dragScroll.x() - moved.x());
        verticalScrollBar()->setValue(m_dragScroll.y() - moved.y());
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void PdfPageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void PdfPageView::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    // Nothing is rendered while hidden; the screen's pixel ratio is known now.
    relayout();
}

} // namespace palisade::ui
