#pragma once

#include <Qt>

class QAbstractItemModel;
class QTableView;

namespace palisade::ui {

// How a page's table of records behaves: read-only, sorted by clicking a
// header, one whole row selected at a time, alternating row colours and no
// row numbers.
class RecordTable
{
public:
    // Shows `model` in `view`, sorted by `sortColumn` in `order`.
    static void setUp(QTableView* view, QAbstractItemModel* model, int sortColumn,
                      Qt::SortOrder order = Qt::AscendingOrder);
    // Columns fit their contents and `stretchColumn` takes the room left; the
    // header does not light up with the selection.
    static void fitColumns(QTableView* view, int stretchColumn);
};

} // namespace palisade::ui
