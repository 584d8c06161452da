#include "ui/pdf/PdfThumbnailList.h"

#include "ui/pdf/PdfThumbnailDelegate.h"
#include "ui/pdf/PdfThumbnailModel.h"

#include <QScrollBar>
#include <QShowEvent>

namespace palisade::ui {

PdfThumbnailList::PdfThumbnailList(PdfRenderQueue* queue, QWidget* parent)
    : QListView(parent)
    , m_model(new PdfThumbnailModel(queue, this))
{
    setModel(m_model);
    setItemDelegate(new PdfThumbnailDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setMouseTracking(true);
    setSpacing(2);
    setAccessibleName(tr("Page thumbnails"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!m_following && current.isValid())
                    emit pageActivated(current.row());
            });
}

void PdfThumbnailList::setPageSizes(const QList<QSizeF>& points)
{
    m_model->setPageSizes(points);
}

void PdfThumbnailList::setCurrentPage(int page)
{
    const QModelIndex index = m_model->index(page);
    m_following = true;
    if (index.isValid()) {
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        scrollTo(index, QAbstractItemView::EnsureVisible);
    } else {
        selectionModel()->clear();
    }
    m_following = false;
}

int PdfThumbnailList::currentPage() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.row() : -1;
}

QSize PdfThumbnailList::sizeHint() const
{
    const int width = m_model->thumbnailWidth() + 2 * PdfThumbnailDelegate::padding +
                      2 * spacing() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth() +
                      4;
    return QSize(width, QListView::sizeHint().height());
}

void PdfThumbnailList::showEvent(QShowEvent* event)
{
    m_model->setDevicePixelRatio(devicePixelRatioF());
    QListView::showEvent(event);
}

} // namespace palisade::ui
