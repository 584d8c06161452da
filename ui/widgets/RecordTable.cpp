#include "ui/widgets/RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace palisade::ui {

void RecordTable::setUp(QTableView* view, QAbstractItemModel* model, int sortColumn,
                        Qt::SortOrder order)
{
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, order);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
}

void RecordTable::fitColumns(QTableView* view, int stretchColumn)
{
    QHeaderView* columns = view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace palisade::ui
