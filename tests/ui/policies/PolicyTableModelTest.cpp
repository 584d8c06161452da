#include "ui/policies/PolicyTableModel.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/ui/policies/PolicySamples.h"
#include "ui/assets/FindingMark.h"
#include "ui/policies/PolicyFilterProxyModel.h"
#include "ui/policies/PolicyLabels.h"
#include "ui/policies/PolicyRoles.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

QVariant cell(const PolicyTableModel& model, qint64 policyId, int column,
              int role = Qt::DisplayRole)
{
    return model.data(model.index(model.rowForId(policyId), column), role);
}

} // namespace

TEST_CASE("PolicyTableModel shows what is in effect, what is due and what is open",
          "[ui][policies]")
{
    test::TemporaryProgram fixture;
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    PolicyTableModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 12);
    CHECK(model.columnCount() == PolicyTableModel::ColumnCount);
    CHECK(model.today() == QDate(2026, 3, 1));

    const qint64 sec001 = s.ids.at(QStringLiteral("SEC-001"));
    CHECK(cell(model, sec001, PolicyTableModel::CodeColumn).toString() ==
          QStringLiteral("SEC-001"));
    CHECK(cell(model, sec001, PolicyTableModel::CategoryColumn).toString() ==
          QStringLiteral("Security"));
    CHECK(cell(model, sec001, PolicyTableModel::InEffectColumn).toString() ==
          QStringLiteral("Rev 2 since 2026-02-15"));
    CHECK(cell(model, sec001, PolicyTableModel::NextReviewColumn).toString() ==
          QStringLiteral("2027-02-12"));
    CHECK_FALSE(
        cell(model, sec001, PolicyTableModel::NextReviewColumn, Qt::ForegroundRole).isValid());

    // A draft never approved: nothing in effect, a finding in red.
    const qint64 breach = s.ids.at(QStringLiteral("BRN-001"));
    CHECK(cell(model, breach, PolicyTableModel::InEffectColumn).toString() ==
          QStringLiteral("None"));
    CHECK(
        cell(model, breach, PolicyTableModel::InEffectColumn, Qt::ForegroundRole).value<QColor>() ==
        findingmark::color());
    CHECK(cell(model, breach, PolicyTableModel::OpenRevisionColumn).toString() ==
          QStringLiteral("Rev 1 draft"));
    CHECK(model.findingCount() == 8);

    // Approved 2025-01-20 on a yearly cycle: overdue, in red.
    const qint64 training = s.ids.at(QStringLiteral("ADM-003"));
    CHECK(cell(model, training, PolicyTableModel::NextReviewColumn).toString() ==
          QStringLiteral("2026-01-20"));
    CHECK(cell(model, training, PolicyTableModel::NextReviewColumn, Qt::ForegroundRole)
              .value<QColor>() == PolicyLabels::overdueColor());
    CHECK(cell(model, training, PolicyTableModel::NextReviewColumn, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("40")));
    // ADM-002 revision 1 too: its revision 2 in review has not taken over yet.
    CHECK(model.overdueCount() == 2);

    // Approved 2025-03-20: due within 30 days, in amber.
    const qint64 risk = s.ids.at(QStringLiteral("SEC-002"));
    CHECK(
        cell(model, risk, PolicyTableModel::NextReviewColumn, Qt::ForegroundRole).value<QColor>() ==
        PolicyLabels::dueSoonColor());

    const qint64 associates = s.ids.at(QStringLiteral("ADM-002"));
    CHECK(cell(model, associates, PolicyTableModel::OpenRevisionColumn).toString() ==
          QStringLiteral("Rev 2 in review"));
    CHECK(cell(model, associates, PolicyTableModel::InEffectColumn).toString() ==
          QStringLiteral("Rev 1 since 2025-02-01"));

    CHECK(cell(model, sec001, 0, policyrole::IdRole).toLongLong() == sec001);
    CHECK(cell(model, breach, 0, policyrole::ReviewDueRole).toBool());
    CHECK_FALSE(cell(model, sec001, 0, policyrole::ReviewDueRole).toBool());

    // Changes arrive through a reload; the tester checks the reset.
    REQUIRE(fixture.program().policies().removePolicy(breach));
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 11);
    CHECK(model.rowForId(breach) == -1);
}

TEST_CASE("PolicyFilterProxyModel filters by words, category and reviews due", "[ui][policies]")
{
    test::TemporaryProgram fixture;
    test::addPolicyLibrary(fixture);
    PolicyTableModel model(fixture.program());
    REQUIRE(model.reload());
    PolicyFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    CHECK(proxy.rowCount() == 12);
    CHECK_FALSE(proxy.isFiltering());

    proxy.setText(QStringLiteral("security officer"));
    CHECK(proxy.isFiltering());
    // The owner matches as well as the title.
    CHECK(proxy.rowCount() > 1);
    proxy.setText(QStringLiteral("sec-00 management"));
    REQUIRE(proxy.rowCount() == 2);
    proxy.setText({});

    proxy.setCategoryKey(policyCategoryKey(PolicyCategory::Privacy));
    CHECK(proxy.rowCount() == 2);
    proxy.setCategoryKey({});

    proxy.setReviewsDueOnly(true);
    // Eight findings, two overdue, one due soon.
    CHECK(proxy.rowCount() == 11);
}
