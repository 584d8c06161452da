#include "ui/pdf/PdfToolBar.h"

#include "ui/pdf/PdfFindBar.h"
#include "ui/pdf/PdfIcons.h"
#include "ui/pdf/PdfZoomCombo.h"

#include <QAction>
#include <QLabel>
#include <QSizePolicy>
#include <QSpinBox>
#include <QStyle>
#include <utility>

namespace palisade::ui {

namespace {

constexpr int longestTitle = 200;

} // namespace

PdfToolBar::PdfToolBar(QWidget* parent)
    : QToolBar(parent)
    , m_thumbnails(new QAction(pdficons::sidebar(palette()), tr("Thumbnails"), this))
    , m_titleLabel(new QLabel(this))
    , m_previousPage(
          new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Previous Page"), this))
    , m_nextPage(new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Next Page"), this))
    , m_pageLabel(new QLabel(tr("Page"), this))
    , m_pageSpin(new QSpinBox(this))
    , m_pageCount(new QLabel(this))
    , m_zoomOut(new QAction(pdficons::zoomOut(palette()), tr("Zoom Out"), this))
    , m_zoomCombo(new PdfZoomCombo(this))
    , m_zoomIn(new QAction(pdficons::zoomIn(palette()), tr("Zoom In"), this))
    , m_findBar(new PdfFindBar(this))
{
    setMovable(false);
    setFloatable(false);
    setIconSize(QSize(16, 16));
    setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_thumbnails->setCheckable(true);
    m_thumbnails->setChecked(true);
    m_thumbnails->setToolTip(tr("Show or hide the page thumbnails"));
    addAction(m_thumbnails);

    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_titleLabel->setContentsMargins(6, 0, 6, 0);
    addWidget(m_titleLabel);
    addSeparator();

    m_previousPage->setToolTip(tr("Previous page (Page Up)"));
    m_nextPage->setToolTip(tr("Next page (Page Down)"));
    addAction(m_previousPage);
    addAction(m_nextPage);
    m_pageLabel->setContentsMargins(4, 0, 2, 0);
    m_pageLabel->setBuddy(m_pageSpin);
    m_pageWidgets.append(addWidget(m_pageLabel));
    m_pageSpin->setAccessibleName(tr("Page number"));
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_pageSpin->setAlignment(Qt::AlignRight);
    m_pageSpin->setRange(0, 0);
    m_pageWidgets.append(addWidget(m_pageSpin));
    m_pageCount->setContentsMargins(4, 0, 4, 0);
    m_pageWidgets.append(addWidget(m_pageCount));
    addSeparator();

    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    addAction(m_zoomOut);
    addWidget(m_zoomCombo);
    addAction(m_zoomIn);

    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    // Narrow enough to stay on the bar in a dialog-sized viewer; it shares
    // the room a wide window leaves with the spacer.
    m_findBar->setMinimumWidth(200);
    m_findBar->setMaximumWidth(460);
    m_findBar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(m_findBar);

    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating && value > 0)
            emit pageRequested(value - 1);
    });
    setPageCount(0);
}

void PdfToolBar::setTitle(const QString& title)
{
    m_title = title;
    m_titleLabel->setText(
        m_titleLabel->fontMetrics().elidedText(title, Qt::ElideMiddle, longestTitle));
    m_titleLabel->setToolTip(title);
    m_titleLabel->setVisible(!title.isEmpty());
}

void PdfToolBar::setPageCount(int count)
{
    m_updating = true;
    m_pageSpin->setRange(count > 0 ? 1 : 0, count);
    // Wide enough for the largest page number, so the box does not resize.
    m_pageSpin->setMinimumWidth(
        m_pageSpin->fontMetrics().horizontalAdvance(QString::number(std::max(count, 10))) +
        2 * m_pageSpin->fontMetrics().averageCharWidth() + 8);
    m_pageCount->setText(tr("of %1").arg(count));
    m_updating = false;
    // "Page 0 of 0" says nothing; without pages the page box is hidden.
    for (QAction* action : std::as_const(m_pageWidgets))
        action->setVisible(count > 0);
    setNavigationEnabled(count > 0);
}

void PdfToolBar::setCurrentPage(int page)
{
    m_updating = true;
    m_pageSpin->setValue(page + 1);
    m_updating = false;
    m_previousPage->setEnabled(m_pageSpin->isEnabled() && page > 0);
    m_nextPage->setEnabled(m_pageSpin->isEnabled() && page + 1 < m_pageSpin->maximum());
}

void PdfToolBar::setNavigationEnabled(bool enabled)
{
    for (QWidget* widget : {static_cast<QWidget*>(m_pageLabel), static_cast<QWidget*>(m_pageSpin),
                            static_cast<QWidget*>(m_pageCount), static_cast<QWidget*>(m_zoomCombo),
                            static_cast<QWidget*>(m_findBar)})
        widget->setEnabled(enabled);
    for (QAction* action : {m_previousPage, m_nextPage, m_zoomIn, m_zoomOut, m_thumbnails})
        action->setEnabled(enabled);
}

} // namespace palisade::ui
