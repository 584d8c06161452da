#include "ui/pdf/PdfThumbnailDelegate.h"

#include "ui/pdf/PdfThumbnailModel.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace palisade::ui {

namespace {

constexpr int labelGap = 4;

QSize thumbnailSize(const QModelIndex& index)
{
    return index.data(PdfThumbnailModel::ThumbnailSizeRole).toSize();
}

} // namespace

QSize PdfThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const QSize thumb = thumbnailSize(index);
    return QSize(thumb.width() + 2 * padding,
                 padding + thumb.height() + labelGap + option.fontMetrics.height() + padding);
}

void PdfThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    const QSize thumb = thumbnailSize(index);
    const QRect sheet(option.rect.left() + (option.rect.width() - thumb.width()) / 2,
                      option.rect.top() + padding, thumb.width(), thumb.height());
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QPalette& palette = option.palette;

    if (selected || hovered) {
        QColor frame = palette.color(QPalette::Highlight);
        if (!selected)
            frame.setAlpha(60);
        QPainterPath path;
        path.addRoundedRect(QRectF(sheet).adjusted(-5, -5, 5, 5), 4, 4);
        painter->setPen(QPen(frame, selected ? 3 : 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }

    painter->fillRect(sheet.adjusted(-1, -1, 1, 2), QColor(0, 0, 0, 50));
    painter->fillRect(sheet, Qt::white);
    const QVariant image = index.data(Qt::DecorationRole);
    if (image.canConvert<QImage>())
        painter->drawImage(QRectF(sheet), image.value<QImage>());

    QFont font = option.font;
    font.setBold(selected);
    painter->setFont(font);
    painter->setPen(
        palette.color(selected ? QPalette::Active : QPalette::Inactive, QPalette::WindowText));
    const QRect label(option.rect.left(), sheet.bottom() + 1 + labelGap, option.rect.width(),
                      option.fontMetrics.height());
    painter->drawText(label, Qt::AlignHCenter | Qt::AlignTop,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace palisade::ui
