#include "ui/shell/AreaSidebar.h"

namespace palisade::ui {

AreaSidebar::AreaSidebar(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("areaSidebar"));
    setAccessibleName(tr("Areas"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setIconSize(QSize(20, 20));
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void AreaSidebar::addArea(const QIcon& icon, const QString& title, const QString& toolTip)
{
    auto* item = new QListWidgetItem(icon, title, this);
    item->setToolTip(toolTip);
    item->setSizeHint(QSize(0, qMax(fontMetrics().height(), iconSize().height()) + 16));
    updateGeometry();
}

QSize AreaSidebar::sizeHint() const
{
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest = qMax(widest, fontMetrics().horizontalAdvance(item(row)->text()));
    // Icon, its gap, the text and the item's own padding on both sides.
    const int width = qMax(180, iconSize().width() + widest + 48);
    return {width, QListWidget::sizeHint().height()};
}

} // namespace palisade::ui
