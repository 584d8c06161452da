#include "ui/widgets/PageShortcuts.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>

namespace palisade::ui {

QAction* PageShortcuts::addFind(QWidget* page, QLineEdit* search, const QString& text)
{
    auto* find = new QAction(text, page);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(find);
    if (search) {
        QObject::connect(find, &QAction::triggered, search, [search] {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        });
    }
    return find;
}

QAction* PageShortcuts::addNew(QWidget* page, QAction* action)
{
    action->setShortcut(QKeySequence::New);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

QAction* PageShortcuts::addDelete(QAbstractItemView* view, const QString& text)
{
    auto* remove = new QAction(text, view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(remove);
    return remove;
}

} // namespace palisade::ui
