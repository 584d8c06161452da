#pragma once

#include <QList>
#include <QToolBar>

class QAction;
class QLabel;
class QSpinBox;

namespace palisade::ui {

class PdfFindBar;
class PdfZoomCombo;

// The viewer's controls: thumbnails on/off, the document title, page
// navigation ("Page [2] of 7"), zoom, and the find bar. It only displays and
// asks; PdfViewerWidget connects it to the pages.
class PdfToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit PdfToolBar(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }
    void setPageCount(int count);
    // From 0.
    void setCurrentPage(int page);
    void setNavigationEnabled(bool enabled);

    QAction* thumbnailsAction() const { return m_thumbnails; }
    QAction* previousPageAction() const { return m_previousPage; }
    QAction* nextPageAction() const { return m_nextPage; }
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QSpinBox* pageSpin() const { return m_pageSpin; }
    QLabel* pageCountLabel() const { return m_pageCount; }
    PdfZoomCombo* zoomCombo() const { return m_zoomCombo; }
    PdfFindBar* findBar() const { return m_findBar; }

signals:
    // From 0; typed into the page box.
    void pageRequested(int page);

private:
    QString m_title;
    QAction* m_thumbnails;
    QLabel* m_titleLabel;
    QAction* m_previousPage;
    QAction* m_nextPage;
    QLabel* m_pageLabel;
    QList<QAction*> m_pageWidgets;
    QSpinBox* m_pageSpin;
    QLabel* m_pageCount;
    QAction* m_zoomOut;
    PdfZoomCombo* m_zoomCombo;
    QAction* m_zoomIn;
    PdfFindBar* m_findBar;
    bool m_updating = false;
};

} // namespace palisade::ui
