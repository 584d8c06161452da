#include "ui/widgets/RecordTable.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;

TEST_CASE("RecordTable sets up a read-only, sorted, single-row table", "[ui][widgets]")
{
    QStandardItemModel model(3, 3);
    for (int row = 0; row < 3; ++row)
        model.setItem(row, 1, new QStandardItem(QString::number(3 - row)));
    QTableView view;
    RecordTable::setUp(&view, &model, 1, Qt::DescendingOrder);
    RecordTable::fitColumns(&view, 2);

    CHECK(view.model() == &model);
    CHECK(view.isSortingEnabled());
    CHECK(view.horizontalHeader()->sortIndicatorSection() == 1);
    CHECK(view.horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(view.selectionBehavior() == QAbstractItemView::SelectRows);
    CHECK(view.selectionMode() == QAbstractItemView::SingleSelection);
    CHECK(view.editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(view.verticalHeader()->isHidden());
    CHECK_FALSE(view.horizontalHeader()->highlightSections());
    CHECK(view.horizontalHeader()->sectionResizeMode(0) == QHeaderView::ResizeToContents);
    CHECK(view.horizontalHeader()->sectionResizeMode(2) == QHeaderView::Stretch);
}
