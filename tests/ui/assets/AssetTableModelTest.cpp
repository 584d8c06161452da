#include "ui/assets/AssetTableModel.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/ui/assets/AssetSamples.h"
#include "ui/assets/AssetFilterProxyModel.h"
#include "ui/assets/DataFlowTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::TemporaryProgram;

namespace {

void addSamples(Program& program)
{
    test::addAsset(program,
                   test::sampleAsset(QStringLiteral("Practice-management system"),
                                     AssetKind::Application, QStringLiteral("Billing manager"),
                                     {{QStringLiteral("Clinics"), QStringLiteral("PM system"),
                                       QStringLiteral("SFTP"), true},
                                      {QStringLiteral("PM system"), QStringLiteral("Fax server"),
                                       QStringLiteral("Plain SMB share"), false}}));
    test::addAsset(program, test::sampleAsset(QStringLiteral("Backup NAS"), AssetKind::Server,
                                              QStringLiteral("IT contractor")));
}

} // namespace

TEST_CASE("AssetTableModel lists assets with flow counts and unencrypted findings", "[ui][assets]")
{
    TemporaryProgram fixture;
    addSamples(fixture.program());
    AssetTableModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == AssetTableModel::ColumnCount);
    // The register returns assets by name.
    const int pm = model.rowForId(model.assetAt(1).id);
    CHECK(pm == 1);
    CHECK(model.index(1, AssetTableModel::NameColumn).data().toString() ==
          QStringLiteral("Practice-management system"));
    CHECK(model.index(1, AssetTableModel::KindColumn).data().toString() ==
          QStringLiteral("Application"));
    CHECK(model.index(1, AssetTableModel::FlowsColumn).data().toInt() == 2);

    const QModelIndex unencrypted = model.index(1, AssetTableModel::UnencryptedColumn);
    CHECK(unencrypted.data().toInt() == 1);
    CHECK_FALSE(unencrypted.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(unencrypted.data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK(unencrypted.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not encrypted")));

    const QModelIndex clean = model.index(0, AssetTableModel::UnencryptedColumn);
    CHECK(clean.data().toInt() == 0);
    CHECK_FALSE(clean.data(Qt::DecorationRole).isValid());
    CHECK(model.totalUnencryptedFlows() == 1);
    CHECK(model.headerData(AssetTableModel::PhiColumn, Qt::Horizontal).toString() ==
          QStringLiteral("PHI held"));
}

TEST_CASE("AssetTableModel counts the risks that name each asset and follows the registers",
          "[ui][assets]")
{
    TemporaryProgram fixture;
    addSamples(fixture.program());
    AssetTableModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    const qint64 nas = model.assetAt(0).id;
    CHECK(model.linkedRiskCount(nas) == 0);

    test::addRiskNaming(fixture.program(), nas);
    REQUIRE(model.reload());
    CHECK(model.linkedRiskCount(nas) == 1);
    CHECK(model.index(model.rowForId(nas), AssetTableModel::RisksColumn).data().toInt() == 1);
    CHECK(model.rowForId(999999) == -1);
}

TEST_CASE("AssetFilterProxyModel matches every typed word and can keep only findings",
          "[ui][assets]")
{
    TemporaryProgram fixture;
    addSamples(fixture.program());
    AssetTableModel model(fixture.program());
    REQUIRE(model.reload());
    AssetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(proxy.rowCount() == 2);
    proxy.setText(QStringLiteral("contractor"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("Backup NAS"));
    // Data flow channels are searchable too.
    proxy.setText(QStringLiteral("smb billing"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("Practice-management system"));
    proxy.setText(QStringLiteral("smb nas"));
    CHECK(proxy.rowCount() == 0);

    proxy.setText({});
    proxy.setUnencryptedOnly(true);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("Practice-management system"));
    CHECK(proxy.isFiltering());
}

TEST_CASE("DataFlowTableModel edits flows and marks the unencrypted ones", "[ui][assets]")
{
    DataFlowTableModel model(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const int row = model.appendFlow();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.setData(model.index(row, DataFlowTableModel::SourceColumn),
                        QStringLiteral("Clinic EHR")));
    CHECK(model.setData(model.index(row, DataFlowTableModel::DestinationColumn),
                        QStringLiteral("Coder laptop")));
    const QModelIndex encrypted = model.index(row, DataFlowTableModel::EncryptedColumn);
    CHECK(encrypted.flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK(encrypted.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Unchecked);
    CHECK_FALSE(encrypted.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model.unencryptedCount() == 1);

    CHECK(model.setData(encrypted, Qt::Checked, Qt::CheckStateRole));
    CHECK(model.flows().front().encryptedInTransit);
    CHECK_FALSE(encrypted.data(Qt::DecorationRole).isValid());
    CHECK(model.unencryptedCount() == 0);
    CHECK(model.flows().front().source == QStringLiteral("Clinic EHR"));

    CHECK(model.removeRows(0, 1));
    CHECK(model.rowCount() == 0);

    DataFlowTableModel readOnly(false);
    readOnly.setFlows({{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("fax"), false}});
    const QModelIndex cell = readOnly.index(0, DataFlowTableModel::EncryptedColumn);
    CHECK(cell.data().toString().startsWith(QStringLiteral("No")));
    CHECK_FALSE(cell.flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(readOnly.setData(readOnly.index(0, 0), QStringLiteral("X")));
    CHECK_FALSE(readOnly.insertRows(0, 1));
}
