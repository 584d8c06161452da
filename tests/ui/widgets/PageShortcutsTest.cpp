#include "ui/widgets/PageShortcuts.h"

#include <QAction>
#include <QLineEdit>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;

TEST_CASE("PageShortcuts give a page Find, New and Delete", "[ui][widgets]")
{
    QWidget page;
    auto* search = new QLineEdit(QStringLiteral("nurse"), &page);
    auto* view = new QTableView(&page);

    QAction* find = PageShortcuts::addFind(&page, search, QStringLiteral("Find"));
    CHECK(find->shortcut() == QKeySequence(QKeySequence::Find));
    CHECK(page.actions().contains(find));
    find->trigger();
    CHECK(search->selectedText() == QStringLiteral("nurse"));

    auto* added = new QAction(QStringLiteral("New"), &page);
    CHECK(PageShortcuts::addNew(&page, added) == added);
    CHECK(added->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(added->shortcutContext() == Qt::WidgetWithChildrenShortcut);

    QAction* remove = PageShortcuts::addDelete(view, QStringLiteral("Delete"));
    CHECK(remove->shortcut() == QKeySequence(QKeySequence::Delete));
    CHECK(remove->shortcutContext() == Qt::WidgetShortcut);
    CHECK(view->actions().contains(remove));
    CHECK_FALSE(page.actions().contains(remove));
}
