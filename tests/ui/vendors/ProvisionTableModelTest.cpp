#include "ui/vendors/ProvisionTableModel.h"

#include "core/vendors/BaaProvision.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("ProvisionTableModel lists the fifteen provisions and edits state and clause",
          "[ui][vendors]")
{
    ProvisionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 15);
    CHECK(model.data(model.index(0, ProvisionTableModel::CitationColumn)).toString() ==
          BaaProvision::all().front().citation);
    CHECK(model.data(model.index(0, ProvisionTableModel::StateColumn)).toString() ==
          provisionStateLabel(ProvisionState::Unchecked));

    // Checks arrive in any order, and unknown ones are dropped.
    const QString last = BaaProvision::all().back().key;
    model.setChecks({{last, ProvisionState::Present, QStringLiteral("\u00a79.1")},
                     {QStringLiteral("no_such_provision"), ProvisionState::Present, {}}});
    REQUIRE(model.rowCount() == 15);
    CHECK(model.checks().back().state == ProvisionState::Present);
    CHECK(model.data(model.index(14, ProvisionTableModel::ClauseColumn)).toString() ==
          QStringLiteral("\u00a79.1"));

    const QModelIndex state = model.index(2, ProvisionTableModel::StateColumn);
    REQUIRE(model.setData(state, provisionStateKey(ProvisionState::Missing),
                          ProvisionTableModel::StateKeyRole));
    CHECK(model.checks().at(2).state == ProvisionState::Missing);
    CHECK(model.data(state, Qt::ForegroundRole).value<QColor>() == QColor(0xb3, 0x26, 0x1e));
    CHECK_FALSE(model.setData(state, QStringLiteral("maybe"), ProvisionTableModel::StateKeyRole));
    REQUIRE(model.setData(model.index(2, ProvisionTableModel::ClauseColumn),
                          QStringLiteral(" \u00a74.2 ")));
    CHECK(model.checks().at(2).clauseReference == QStringLiteral("\u00a74.2"));
    CHECK_FALSE(model.flags(model.index(2, ProvisionTableModel::CitationColumn)) &
                Qt::ItemIsEditable);

    model.setReadOnly(true);
    CHECK_FALSE(model.flags(state) & Qt::ItemIsEditable);
    CHECK_FALSE(model.setData(state, provisionStateKey(ProvisionState::Present),
                              ProvisionTableModel::StateKeyRole));
}
