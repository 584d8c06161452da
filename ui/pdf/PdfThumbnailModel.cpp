#include "ui/pdf/PdfThumbnailModel.h"

#include "ui/pdf/PdfRenderQueue.h"

#include <cmath>

namespace palisade::ui {

PdfThumbnailModel::PdfThumbnailModel(PdfRenderQueue* queue, QObject* parent)
    : QAbstractListModel(parent)
    , m_queue(queue)
{
    connect(m_queue, &PdfRenderQueue::thumbnailRendered, this, &PdfThumbnailModel::store);
}

void PdfThumbnailModel::setPageSizes(const QList<QSizeF>& points)
{
    beginResetModel();
    m_points = points;
    m_images.clear();
    m_requested.clear();
    endResetModel();
}

void PdfThumbnailModel::setThumbnailWidth(int width)
{
    if (width == m_width || width <= 0)
        return;
    beginResetModel();
    m_width = width;
    m_images.clear();
    m_requested.clear();
    endResetModel();
}

void PdfThumbnailModel::setDevicePixelRatio(double ratio)
{
    if (qFuzzyCompare(ratio, m_ratio) || ratio <= 0)
        return;
    m_ratio = ratio;
    m_requested.clear();
    if (!m_points.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

int PdfThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

QSize PdfThumbnailModel::thumbnailSize(int page) const
{
    const QSizeF points = m_points.value(page);
    if (points.isEmpty())
        return {};
    return QSize(m_width,
                 static_cast<int>(std::lround(m_width * points.height() / points.width())));
}

QVariant PdfThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Page %1 of %2").arg(page + 1).arg(rowCount());
    case ThumbnailSizeRole:
        return thumbnailSize(page);
    case Qt::DecorationRole: {
        const auto it = m_images.constFind(page);
        const bool sharp = it != m_images.cend() &&
                           it->width() >= static_cast<int>(std::lround(m_width * m_ratio));
        if (!sharp && !m_requested.contains(page)) {
            m_requested.insert(page);
            const double dpi = 72.0 * m_width * m_ratio / m_points.at(page).width();
            m_queue->addThumbnailJob(page, dpi);
        }
        return it == m_images.cend() ? QVariant() : QVariant(*it);
    }
    default:
        return {};
    }
}

void PdfThumbnailModel::store(int page, const QImage& image)
{
    if (page < 0 || page >= rowCount())
        return;
    m_images.insert(page, image);
    const QModelIndex changed = index(page);
    emit dataChanged(changed, changed, {Qt::DecorationRole});
}

} // namespace palisade::ui
