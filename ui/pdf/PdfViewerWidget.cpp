#include "ui/pdf/PdfViewerWidget.h"

#include "core/pdf/PdfDocument.h"
#include "ui/pdf/PdfFindBar.h"
#include "ui/pdf/PdfMessagePanel.h"
#include "ui/pdf/PdfPageView.h"
#include "ui/pdf/PdfRenderQueue.h"
#include "ui/pdf/PdfThumbnailList.h"
#include "ui/pdf/PdfToolBar.h"
#include "ui/pdf/PdfZoomCombo.h"
#include "ui/widgets/BusyCursor.h"

#include <QAction>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace palisade::ui {

PdfViewerWidget::PdfViewerWidget(QWidget* parent)
    : QWidget(parent)
    , m_queue(new PdfRenderQueue(this))
    , m_toolBar(new PdfToolBar(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_thumbnails(new PdfThumbnailList(m_queue, m_splitter))
    , m_pageView(new PdfPageView(m_queue, m_splitter))
    , m_message(new PdfMessagePanel(this))
{
    m_splitter->addWidget(m_thumbnails);
    m_splitter->addWidget(m_pageView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_pageView);

    PdfFindBar* find = m_toolBar->findBar();
    connect(m_toolBar->thumbnailsAction(), &QAction::toggled, m_thumbnails, &QWidget::setVisible);
    connect(m_toolBar->previousPageAction(), &QAction::triggered, this,
            &PdfViewerWidget::previousPage);
    connect(m_toolBar->nextPageAction(), &QAction::triggered, this, &PdfViewerWidget::nextPage);
    connect(m_toolBar, &PdfToolBar::pageRequested, this, &PdfViewerWidget::goToPage);
    connect(m_toolBar->zoomInAction(), &QAction::triggered, this, &PdfViewerWidget::zoomIn);
    connect(m_toolBar->zoomOutAction(), &QAction::triggered, this, &PdfViewerWidget::zoomOut);
    connect(m_toolBar->zoomCombo(), &PdfZoomCombo::zoomSelected, this, &PdfViewerWidget::setZoom);
    connect(m_thumbnails, &PdfThumbnailList::pageActivated, this, &PdfViewerWidget::goToPage);
    connect(m_pageView, &PdfPageView::currentPageChanged, this,
            &PdfViewerWidget::onCurrentPageChanged);
    connect(m_pageView, &PdfPageView::zoomChanged, this, [this](double factor) {
        m_toolBar->zoomCombo()->setZoom(m_pageView->zoom());
        emit zoomChanged(factor);
    });
    connect(find, &PdfFindBar::searchChanged, this, &PdfViewerWidget::runSearch);
    connect(find, &PdfFindBar::nextRequested, this, &PdfViewerWidget::findNext);
    connect(find, &PdfFindBar::previousRequested, this, &PdfViewerWidget::findPrevious);

    // Shortcuts belong to the viewer, so they work wherever the focus is in it
    // and do not clash with the rest of the window.
    m_toolBar->zoomInAction()->setShortcuts(
        {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_toolBar->zoomOutAction()->setShortcuts({QKeySequence::ZoomOut});
    for (QAction* action : {m_toolBar->zoomInAction(), m_toolBar->zoomOutAction()}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(addShortcut({QKeySequence(Qt::CTRL | Qt::Key_0)}), &QAction::triggered, this,
            &PdfViewerWidget::resetZoom);
    connect(addShortcut({QKeySequence::Find}), &QAction::triggered, this,
            &PdfViewerWidget::focusFind);
    connect(addShortcut({QKeySequence(Qt::Key_F3)}), &QAction::triggered, this,
            &PdfViewerWidget::findNext);
    connect(addShortcut({QKeySequence(Qt::SHIFT | Qt::Key_F3)}), &QAction::triggered, this,
            &PdfViewerWidget::findPrevious);

    m_toolBar->zoomCombo()->setZoom(m_pageView->zoom());
    showMessage();
}

PdfViewerWidget::~PdfViewerWidget() = default;

QAction* PdfViewerWidget::addShortcut(const QList<QKeySequence>& keys)
{
    auto* action = new QAction(this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

bool PdfViewerWidget::setDocument(const QByteArray& pdf, const QString& title)
{
    m_toolBar->setTitle(title);
    m_search.clear();
    m_toolBar->findBar()->clearResult();
    Result<PdfDocument> loaded = PdfDocument::load(pdf);
    if (!loaded) {
        m_document.reset();
        m_error = loaded.error().message;
        m_queue->clear();
        m_pageView->clear();
        m_thumbnails->setPageSizes({});
        showMessage();
        emit documentChanged();
        return false;
    }
    m_document = std::make_unique<PdfDocument>(std::move(loaded).value());
    m_error.clear();
    const QList<QSizeF> sizes = m_document->pageSizes();
    m_queue->setDocument(m_document->data());
    m_toolBar->setPageCount(static_cast<int>(sizes.size()));
    m_thumbnails->setPageSizes(sizes);
    m_stack->setCurrentWidget(m_splitter);
    m_pageView->setPageSizes(sizes);
    onCurrentPageChanged(m_pageView->currentPage());
    if (!m_toolBar->findBar()->text().trimmed().isEmpty())
        runSearch(m_toolBar->findBar()->text());
    emit documentChanged();
    return true;
}

void PdfViewerWidget::clear()
{
    m_document.reset();
    m_error.clear();
    m_search.clear();
    m_queue->clear();
    m_pageView->clear();
    m_thumbnails->setPageSizes({});
    m_toolBar->setTitle(QString());
    m_toolBar->findBar()->setText(QString());
    m_toolBar->findBar()->clearResult();
    showMessage();
    emit documentChanged();
}

void PdfViewerWidget::showMessage()
{
    m_toolBar->setPageCount(0);
    m_toolBar->setCurrentPage(-1);
    if (m_error.isEmpty())
        m_message->showEmpty();
    else
        m_message->showError(tr("This document cannot be shown"), m_error);
    m_stack->setCurrentWidget(m_message);
}

bool PdfViewerWidget::hasDocument() const
{
    return m_document != nullptr;
}

QByteArray PdfViewerWidget::documentData() const
{
    return m_document ? m_document->data() : QByteArray();
}

QString PdfViewerWidget::title() const
{
    return m_toolBar->title();
}

int PdfViewerWidget::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

int PdfViewerWidget::currentPage() const
{
    return m_document ? m_pageView->currentPage() : -1;
}

QString PdfViewerWidget::pageIndicatorText() const
{
    if (!m_document)
        return {};
    return tr("Page %1 of %2").arg(currentPage() + 1).arg(pageCount());
}

QString PdfViewerWidget::errorMessage() const
{
    return m_error;
}

PdfZoom PdfViewerWidget::zoom() const
{
    return m_pageView->zoom();
}

double PdfViewerWidget::zoomFactor() const
{
    return m_pageView->zoomFactor();
}

QString PdfViewerWidget::findText() const
{
    return m_toolBar->findBar()->text();
}

int PdfViewerWidget::matchCount() const
{
    return m_search.count();
}

int PdfViewerWidget::currentMatch() const
{
    return m_search.currentIndex();
}

bool PdfViewerWidget::isRenderComplete() const
{
    return m_queue->isIdle() && m_pageView->isRenderComplete();
}

bool PdfViewerWidget::thumbnailsVisible() const
{
    return m_toolBar->thumbnailsAction()->isChecked();
}

void PdfViewerWidget::setThumbnailsVisible(bool visible)
{
    m_toolBar->thumbnailsAction()->setChecked(visible);
}

PdfFindBar* PdfViewerWidget::findBar() const
{
    return m_toolBar->findBar();
}

void PdfViewerWidget::goToPage(int page)
{
    if (m_document)
        m_pageView->goToPage(page);
}

void PdfViewerWidget::nextPage()
{
    goToPage(currentPage() + 1);
}

void PdfViewerWidget::previousPage()
{
    goToPage(currentPage() - 1);
}

void PdfViewerWidget::setZoom(const PdfZoom& zoom)
{
    m_pageView->setZoom(zoom);
    m_toolBar->zoomCombo()->setZoom(zoom);
}

void PdfViewerWidget::zoomIn()
{
    setZoom(PdfZoom::stepIn(zoomFactor()));
}

void PdfViewerWidget::zoomOut()
{
    setZoom(PdfZoom::stepOut(zoomFactor()));
}

void PdfViewerWidget::resetZoom()
{
    setZoom(PdfZoom::fromFactor(1.0));
}

void PdfViewerWidget::find(const QString& text)
{
    m_toolBar->findBar()->setText(text);
    runSearch(text);
}

void PdfViewerWidget::findNext()
{
    const QString text = findText();
    if (!m_search.hasSearched() || m_search.term() != text) {
        runSearch(text);
        return;
    }
    if (m_search.next())
        showSearch();
}

void PdfViewerWidget::findPrevious()
{
    const QString text = findText();
    if (!m_search.hasSearched() || m_search.term() != text) {
        runSearch(text);
        return;
    }
    if (m_search.previous())
        showSearch();
}

void PdfViewerWidget::focusFind()
{
    m_toolBar->findBar()->focusField();
}

void PdfViewerWidget::runSearch(const QString& text)
{
    if (!m_document || text.trimmed().isEmpty()) {
        m_search.clear();
        m_toolBar->findBar()->clearResult();
        m_pageView->setHighlights({}, -1);
        return;
    }
    QList<PdfMatch> matches;
    {
        const BusyCursor busy;
        matches = m_document->findAll(text);
    }
    m_search.setResults(text, matches, std::max(0, currentPage()));
    showSearch();
}

void PdfViewerWidget::showSearch()
{
    m_toolBar->findBar()->showResult(m_search.currentIndex(), m_search.count());
    m_pageView->setHighlights(m_search.matches(), m_search.currentIndex());
}

void PdfViewerWidget::onCurrentPageChanged(int page)
{
    m_toolBar->setCurrentPage(page);
    m_thumbnails->setCurrentPage(page);
    m_toolBar->pageSpin()->setToolTip(pageIndicatorText());
    if (m_document)
        emit currentPageChanged(page);
}

} // namespace palisade::ui
