#pragma once

#include <QStyledItemDelegate>

namespace palisade::ui {

// Draws a provision-completeness cell as a thin bar under its percentage, so
// a column of agreements reads at a glance; incomplete bars are amber, full
// ones green.
class CompletenessBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CompletenessBarDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace palisade::ui
