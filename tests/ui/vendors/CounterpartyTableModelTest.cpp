#include "ui/vendors/CounterpartyTableModel.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/ui/vendors/VendorSamples.h"
#include "ui/vendors/VendorFilterProxyModel.h"
#include "ui/vendors/VendorRoles.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

TEST_CASE("CounterpartyTableModel lists counterparties with agreements and findings",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample sample = test::addBillingCompanyVendors(fixture.program());

    CounterpartyTableModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 6);
    CHECK(model.columnCount() == CounterpartyTableModel::ColumnCount);

    const int lakeside = model.rowForId(sample.lakeside);
    REQUIRE(lakeside >= 0);
    CHECK(cell(model, lakeside, CounterpartyTableModel::NameColumn) ==
          QStringLiteral("Lakeside Family Clinic"));
    CHECK(cell(model, lakeside, CounterpartyTableModel::RelationshipColumn) ==
          counterpartyRelationshipLabel(CounterpartyRelationship::CoveredEntity));
    CHECK(cell(model, lakeside, CounterpartyTableModel::PhiColumn) == QStringLiteral("Yes"));
    CHECK(model.data(model.index(lakeside, CounterpartyTableModel::AgreementsColumn)).toInt() == 1);
    CHECK(cell(model, lakeside, CounterpartyTableModel::InEffectColumn) == QStringLiteral("Yes"));
    CHECK_FALSE(
        model
            .data(model.index(lakeside, CounterpartyTableModel::InEffectColumn), Qt::ForegroundRole)
            .isValid());
    CHECK(model.data(model.index(lakeside, 0), vendorrole::SearchTextRole)
              .toString()
              .contains(QStringLiteral("jramos@lakesideclinic.example")));

    // Metro shares PHI with no agreement at all: a finding, in red with an icon.
    const int metro = model.rowForId(sample.metro);
    const QModelIndex finding = model.index(metro, CounterpartyTableModel::InEffectColumn);
    CHECK(model.data(finding).toString().startsWith(QStringLiteral("No")));
    CHECK(model.data(finding).toString().contains(QStringLiteral("finding")));
    CHECK(model.data(finding, Qt::ForegroundRole).value<QColor>() == QColor(0xb3, 0x26, 0x1e));
    CHECK_FALSE(model.data(finding, Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model.data(model.index(metro, 0), vendorrole::AttentionRole).toBool());

    // The shredding firm's agreement is only under negotiation: not in effect, a finding too.
    const int shred = model.rowForId(sample.shred);
    CHECK(model.data(model.index(shred, CounterpartyTableModel::AgreementsColumn)).toInt() == 1);
    CHECK(cell(model, shred, CounterpartyTableModel::InEffectColumn)
              .contains(QStringLiteral("finding")));
    CHECK(model.data(model.index(shred, 0), vendorrole::StatusKeysRole).toStringList() ==
          QStringList{agreementStatusKey(AgreementStatus::InNegotiation)});

    // No PHI, no agreement needed: not a finding.
    const int coffee = model.rowForId(sample.coffee);
    CHECK(cell(model, coffee, CounterpartyTableModel::InEffectColumn) == QStringLiteral("No"));
    CHECK(cell(model, coffee, CounterpartyTableModel::PhiColumn) == QStringLiteral("No"));
    CHECK_FALSE(model.data(model.index(coffee, 0), vendorrole::AttentionRole).toBool());
    CHECK(model.data(model.index(coffee, 0), vendorrole::DirectionKeyRole).toString() ==
          agreementDirectionKey(AgreementDirection::Downstream));

    CHECK(model.findingCount() == 2);
    CHECK(model.hasAgreementInEffect(sample.northgate));
    CHECK_FALSE(model.hasAgreementInEffect(sample.metro));
}

TEST_CASE("CounterpartyTableModel follows the registers and sorts through the proxy",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample sample = test::addBillingCompanyVendors(fixture.program());
    CounterpartyTableModel model(fixture.program());
    REQUIRE(model.reload());

    VendorFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    proxy.sort(CounterpartyTableModel::NameColumn, Qt::AscendingOrder);
    CHECK(cell(proxy, 0, CounterpartyTableModel::NameColumn) ==
          QStringLiteral("ClaimBridge Clearinghouse"));
    CHECK(cell(proxy, 5, CounterpartyTableModel::NameColumn) == QStringLiteral("SecureShred Inc."));

    // Findings sort first in the "BAA in effect" column.
    proxy.sort(CounterpartyTableModel::InEffectColumn, Qt::AscendingOrder);
    CHECK(
        cell(proxy, 0, CounterpartyTableModel::InEffectColumn).contains(QStringLiteral("finding")));
    CHECK(
        cell(proxy, 1, CounterpartyTableModel::InEffectColumn).contains(QStringLiteral("finding")));
    CHECK(cell(proxy, 5, CounterpartyTableModel::InEffectColumn) == QStringLiteral("Yes"));

    proxy.sort(CounterpartyTableModel::AgreementsColumn, Qt::DescendingOrder);
    CHECK(proxy.data(proxy.index(0, CounterpartyTableModel::AgreementsColumn)).toInt() == 1);
    CHECK(proxy.data(proxy.index(5, CounterpartyTableModel::AgreementsColumn)).toInt() == 0);

    // A signed agreement with Metro clears the finding once reloaded.
    Agreement metro = test::activeAgreement(sample.metro, QStringLiteral("Metro BAA"),
                                            AgreementDirection::Upstream, QDate(2026, 2, 20));
    metro.expiresOn = QDate(2029, 2, 19);
    test::addAgreement(fixture.program(), metro);
    REQUIRE(model.reload());
    CHECK(model.findingCount() == 1);
    CHECK(model.hasAgreementInEffect(sample.metro));
}
