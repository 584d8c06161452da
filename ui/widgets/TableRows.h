#pragma once

#include <QVariant>

class QTableView;

namespace palisade::ui {

// Selecting and reading rows of a table view whose model is a filter proxy
// over the page's table model, the way every page's tables work.
class TableRows
{
public:
    // Makes the source model's row current and scrolls to it; false when the
    // row does not exist or the filter hides it.
    static bool selectSourceRow(QTableView* view, int sourceRow);
    // The value of `role` on the current row, or an invalid variant.
    static QVariant currentData(const QTableView* view, int role);
};

} // namespace palisade::ui
