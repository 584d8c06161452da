#pragma once

class QModelIndex;
class QTableView;

namespace palisade::ui {

// What the editable child tables of the editors (data flows, contacts) share:
// starting to edit a row just added, and removing the selected rows.
class EditableRows
{
public:
    // Selects `index` in `view`, scrolls to it and opens its editor.
    static void editNew(QTableView* view, const QModelIndex& index);
    // Removes the selected rows, or the current one when none is selected,
    // from the view's model.
    static void removeSelected(QTableView* view);
};

} // namespace palisade::ui
