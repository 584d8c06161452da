#pragma once

#include "ui/pdf/PdfSearch.h"
#include "ui/pdf/PdfZoom.h"

#include <QByteArray>
#include <QWidget>
#include <memory>

class QAction;
class QSplitter;
class QStackedWidget;

namespace palisade {
class PdfDocument;
}

namespace palisade::ui {

class PdfFindBar;
class PdfMessagePanel;
class PdfPageView;
class PdfRenderQueue;
class PdfThumbnailList;
class PdfToolBar;

// Shows a PDF held in memory (an attachment read from the encrypted file):
// page thumbnails, the pages in a continuous scrolling column, zoom, find,
// and page navigation. The bytes are never written to disk.
//
// Pages are numbered from 0 in this interface and from 1 on screen.
// Shortcuts, active while the focus is inside the viewer: Page Up/Down,
// Home/End, Ctrl++ / Ctrl+- / Ctrl+0 (zoom in, out, 100%), Ctrl+F (find),
// Enter or F3 (next match), Shift+Enter or Shift+F3 (previous match).
class PdfViewerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PdfViewerWidget(QWidget* parent = nullptr);
    ~PdfViewerWidget() override;

    // Shows the document and returns true; for bytes that are not a readable
    // PDF, shows why in place of the pages and returns false.
    bool setDocument(const QByteArray& pdf, const QString& title = QString());
    void clear();

    bool hasDocument() const;
    QByteArray documentData() const;
    QString title() const;
    int pageCount() const;
    int currentPage() const;
    // "Page 2 of 7"; empty without a document.
    QString pageIndicatorText() const;
    // Why the last setDocument() failed; empty while a document is shown.
    QString errorMessage() const;

    PdfZoom zoom() const;
    double zoomFactor() const;

    QString findText() const;
    int matchCount() const;
    // From 0; -1 without a match.
    int currentMatch() const;

    // Background rendering of the pages and thumbnails in view is done.
    bool isRenderComplete() const;

    bool thumbnailsVisible() const;
    void setThumbnailsVisible(bool visible);

    PdfToolBar* toolBar() const { return m_toolBar; }
    PdfFindBar* findBar() const;
    PdfPageView* pageView() const { return m_pageView; }
    PdfThumbnailList* thumbnailList() const { return m_thumbnails; }

public slots:
    void goToPage(int page);
    void nextPage();
    void previousPage();
    void setZoom(const PdfZoom& zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Searches the whole document and selects the first match on or after
    // the current page; an empty text clears the search.
    void find(const QString& text);
    void findNext();
    void findPrevious();
    void focusFind();

signals:
    void currentPageChanged(int page);
    void zoomChanged(double factor);
    // A document was shown, or the viewer was cleared or shows an error.
    void documentChanged();

private:
    void showMessage();
    void onCurrentPageChanged(int page);
    void runSearch(const QString& text);
    void showSearch();
    QAction* addShortcut(const QList<QKeySequence>& keys);

    std::unique_ptr<PdfDocument> m_document;
    PdfSearch m_search;
    QString m_error;
    PdfRenderQueue* m_queue;
    PdfToolBar* m_toolBar;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    PdfThumbnailList* m_thumbnails;
    PdfPageView* m_pageView;
    PdfMessagePanel* m_message;
};

} // namespace palisade::ui
