#pragma once

#include <QStyledItemDelegate>

namespace palisade::ui {

// Paints a page thumbnail as a small sheet with a shadow and its page number
// below; the current page gets a highlight frame. Sizes come from the model's
// ThumbnailSizeRole, so laying out the list never renders a page.
class PdfThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int padding = 8;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace palisade::ui
