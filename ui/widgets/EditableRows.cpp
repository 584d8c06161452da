#include "ui/widgets/EditableRows.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <algorithm>
#include <functional>

namespace palisade::ui {

void EditableRows::editNew(QTableView* view, const QModelIndex& index)
{
    view->setCurrentIndex(index);
    view->scrollTo(index);
    view->setFocus(Qt::OtherFocusReason);
    view->edit(index);
}

void EditableRows::removeSelected(QTableView* view)
{
    QList<int> rows;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().row();
    // From the bottom up, so the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : rows)
        view->model()->removeRows(row, 1);
}

} // namespace palisade::ui
