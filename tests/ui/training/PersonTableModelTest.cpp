#include "ui/training/PersonTableModel.h"

#include "tests/ui/training/TrainingUiSamples.h"
#include "ui/training/PersonFilterProxyModel.h"
#include "ui/training/TrainingRoles.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("PersonTableModel lists the roster with role labels and statuses", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    PersonTableModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 4);
    CHECK(model.columnCount() == PersonTableModel::ColumnCount);

    const int joan = model.rowForId(s.joan);
    REQUIRE(joan >= 0);
    CHECK(cell(model, joan, PersonTableModel::NameColumn) == QStringLiteral("Joan Ramos"));
    CHECK(cell(model, joan, PersonTableModel::EmployeeIdColumn) == QStringLiteral("E-1003"));
    // Roles are kept by key, so they show in key order.
    CHECK(cell(model, joan, PersonTableModel::RolesColumn) ==
          QStringLiteral("Manager, Privacy officer"));
    CHECK(cell(model, joan, PersonTableModel::HiredColumn) == QStringLiteral("2023-09-04"));
    CHECK(cell(model, joan, PersonTableModel::PhiAccessColumn).isEmpty());
    CHECK(cell(model, joan, PersonTableModel::StatusColumn) ==
          personStatusLabel(PersonStatus::Active));
    const int marcus = model.rowForId(s.marcus);
    CHECK(model.data(model.index(marcus, PersonTableModel::StatusColumn), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("2025-11-28")));
    CHECK(model.data(model.index(marcus, 0), trainingrole::StatusKeyRole).toString() ==
          QStringLiteral("terminated"));
    CHECK(model.departments() == QStringList{QStringLiteral("Billing"), QStringLiteral("Coding"),
                                             QStringLiteral("Compliance")});

    // Dates sort as dates, a missing one last.
    CHECK(model.data(model.index(joan, PersonTableModel::PhiAccessColumn), trainingrole::SortRole)
              .toLongLong() >
          model
              .data(model.index(model.rowForId(s.dana), PersonTableModel::PhiAccessColumn),
                    trainingrole::SortRole)
              .toLongLong());

    // A rename of a role shows at the next reload.
    REQUIRE(fixture.program().workforce().renameRole(QStringLiteral("manager"),
                                                     QStringLiteral("Team lead")));
    REQUIRE(model.reload());
    CHECK(cell(model, model.rowForId(s.joan), PersonTableModel::RolesColumn)
              .contains(QStringLiteral("Team lead")));
}

TEST_CASE("PersonFilterProxyModel filters by words, department and status", "[training][ui]")
{
    test::TemporaryProgram fixture;
    test::addTrainingSample(fixture);
    PersonTableModel model(fixture.program());
    REQUIRE(model.reload());
    PersonFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(proxy.rowCount() == 4);
    CHECK_FALSE(proxy.isFiltering());

    proxy.setDepartment(QStringLiteral("coding"));
    CHECK(proxy.rowCount() == 2);
    proxy.setStatusKey(QStringLiteral("terminated"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.data(proxy.index(0, 0)).toString() == QStringLiteral("Marcus Bell"));
    proxy.setDepartment(QString());
    proxy.setStatusKey(QString());

    proxy.setText(QStringLiteral("remote"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.data(proxy.index(0, 0)).toString() == QStringLiteral("Ravi Chandra"));
    proxy.setText(QStringLiteral("e-100 joan"));
    CHECK(proxy.rowCount() == 1);
    CHECK(proxy.isFiltering());
    proxy.setText(QStringLiteral("nobody"));
    CHECK(proxy.rowCount() == 0);

    proxy.setText(QString());
    proxy.sort(PersonTableModel::HiredColumn, Qt::AscendingOrder);
    CHECK(proxy.data(proxy.index(0, 0)).toString() == QStringLiteral("Marcus Bell"));
    CHECK(proxy.data(proxy.index(3, 0)).toString() == QStringLiteral("Ravi Chandra"));
}
