#include "ui/widgets/TableRows.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QTableView>

namespace palisade::ui {

bool TableRows::selectSourceRow(QTableView* view, int sourceRow)
{
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(view->model());
    if (!proxy || sourceRow < 0 || sourceRow >= proxy->sourceModel()->rowCount())
        return false;
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

QVariant TableRows::currentData(const QTableView* view, int role)
{
    const QModelIndex current = view->selectionModel()->currentIndex();
    return current.isValid() ? view->model()->data(current, role) : QVariant();
}

} // namespace palisade::ui
