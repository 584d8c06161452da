#include "ui/vendors/ContactTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("ContactTableModel edits, appends and removes contacts", "[ui][vendors]")
{
    ContactTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContacts({{QStringLiteral("Joan Ramos"), QStringLiteral("Privacy Officer"),
                        QStringLiteral("jramos@example.org"), QStringLiteral("555-0142")}});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.columnCount() == ContactTableModel::ColumnCount);
    CHECK(model.data(model.index(0, ContactTableModel::EmailColumn)).toString() ==
          QStringLiteral("jramos@example.org"));
    CHECK(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int row = model.appendContact();
    CHECK(row == 1);
    REQUIRE(model.setData(model.index(row, ContactTableModel::NameColumn),
                          QStringLiteral("  Sam Ortiz  ")));
    REQUIRE(model.setData(model.index(row, ContactTableModel::PhoneColumn),
                          QStringLiteral("555-0199")));
    CHECK(changed.count() == 2);
    CHECK(model.contacts().at(1).name == QStringLiteral("Sam Ortiz"));
    CHECK(model.contacts().at(1).phone == QStringLiteral("555-0199"));
    CHECK_FALSE(model.setData(model.index(row, 0), QStringLiteral("x"), Qt::DisplayRole));

    REQUIRE(model.removeRows(0, 1));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.contacts().front().name == QStringLiteral("Sam Ortiz"));
    CHECK_FALSE(model.removeRows(3, 1));
}
