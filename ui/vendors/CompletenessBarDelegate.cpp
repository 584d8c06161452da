#include "ui/vendors/CompletenessBarDelegate.h"

#include "ui/vendors/VendorRoles.h"

#include <QPainter>

namespace palisade::ui {

CompletenessBarDelegate::CompletenessBarDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void CompletenessBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant value = index.data(vendorrole::PercentRole);
    if (!value.isValid())
        return;
    const int percent = std::clamp(value.toInt(), 0, 100);
    const int margin = 6;
    const QRect track(option.rect.left() + margin, option.rect.bottom() - 4,
                      option.rect.width() - 2 * margin, 3);
    if (track.width() <= 0)
        return;
    painter->save();
    painter->setPen(Qt::NoPen);
    QColor back = option.palette.color(QPalette::Mid);
    back.setAlpha(90);
    painter->setBrush(back);
    painter->drawRect(track);
    painter->setBrush(percent == 100 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc7, 0x7c, 0x02));
    painter->drawRect(QRect(track.topLeft(), QSize(track.width() * percent / 100, track.height())));
    painter->restore();
}

} // namespace palisade::ui
