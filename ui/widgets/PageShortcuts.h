#pragma once

class QAction;
class QAbstractItemView;
class QLineEdit;
class QString;
class QWidget;

namespace palisade::ui {

// The keyboard shortcuts of a page with a table of records: Ctrl+F to find,
// Ctrl+N for a new record anywhere on the page, Delete on the table only.
// The caller names each action in its own words and connects what it does.
class PageShortcuts
{
public:
    // Ctrl+F moves the focus to `search` and selects its text.
    static QAction* addFind(QWidget* page, QLineEdit* search, const QString& text);
    // Gives `action` Ctrl+N within `page`.
    static QAction* addNew(QWidget* page, QAction* action);
    // Delete while `view` has the focus.
    static QAction* addDelete(QAbstractItemView* view, const QString& text);
};

} // namespace palisade::ui
