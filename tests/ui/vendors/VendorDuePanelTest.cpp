#include "ui/vendors/VendorDuePanel.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/ui/vendors/VendorSamples.h"
#include "ui/vendors/VendorDueModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

int rowOf(const VendorDueModel& model, BaaDueItem::Kind kind, qint64 agreementId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.itemAt(row).kind == kind && model.itemAt(row).agreementId == agreementId)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("VendorDuePanel lists what is due as of today, overdue first and in red", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    VendorDuePanel panel(fixture.program());
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.reload();

    CHECK(panel.asOf() == QDate(2026, 3, 1));
    VendorDueModel& model = *panel.model();
    REQUIRE(model.rowCount() > 0);
    CHECK_FALSE(panel.isShowingNothingDue());

    const int review = rowOf(model, BaaDueItem::Kind::ReviewDue, s.lakesideBaa);
    REQUIRE(review >= 0);
    CHECK(model.itemAt(review).overdue);
    CHECK(model.data(model.index(review, VendorDueModel::DateColumn)).toString() ==
          QStringLiteral("2026-01-15"));
    CHECK(model.data(model.index(review, VendorDueModel::DateColumn), Qt::ForegroundRole)
              .value<QColor>() == QColor(0xb3, 0x26, 0x1e));
    CHECK(model.data(model.index(review, VendorDueModel::MessageColumn))
              .toString()
              .contains(QStringLiteral("overdue")));
    CHECK(model.data(model.index(review, VendorDueModel::SubjectColumn))
              .toString()
              .contains(agreementReference(s.lakesideBaa)));

    // Overdue items come before those merely due soon.
    const int expiring = rowOf(model, BaaDueItem::Kind::Expiring, s.clearinghouseBaa);
    REQUIRE(expiring >= 0);
    CHECK_FALSE(model.itemAt(expiring).overdue);
    CHECK(expiring > review);
    CHECK(model.overdueCount() >= 3);
    CHECK(panel.titleLabel()->text().contains(QStringLiteral("overdue")));

    // A counterparty finding has no date: it stands now.
    const int metro = rowOf(model, BaaDueItem::Kind::NoAgreementInEffect, 0);
    REQUIRE(metro >= 0);
    CHECK(model.data(model.index(metro, VendorDueModel::DateColumn)).toString() ==
          QStringLiteral("Now"));
}

TEST_CASE("VendorDuePanel opens what a line is about and says when nothing is due", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    VendorDuePanel panel(fixture.program());
    panel.reload();
    QSignalSpy agreements(&panel, &VendorDuePanel::agreementRequested);
    QSignalSpy counterparties(&panel, &VendorDuePanel::counterpartyRequested);

    const int review = rowOf(*panel.model(), BaaDueItem::Kind::ReviewDue, s.lakesideBaa);
    REQUIRE(review >= 0);
    emit panel.table()->activated(panel.model()->index(review, 1));
    REQUIRE(agreements.count() == 1);
    CHECK(agreements.at(0).at(0).toLongLong() == s.lakesideBaa);

    const int finding = rowOf(*panel.model(), BaaDueItem::Kind::NoAgreementInEffect, 0);
    emit panel.table()->activated(panel.model()->index(finding, 0));
    REQUIRE(counterparties.count() == 1);
    CHECK(counterparties.at(0).at(0).toLongLong() != 0);

    // Picking another day reworks the list: by 2027-03-01 the clearinghouse has expired.
    panel.asOfEdit()->setDate(QDate(2027, 3, 1));
    CHECK(rowOf(*panel.model(), BaaDueItem::Kind::Expired, s.clearinghouseBaa) >= 0);

    test::TemporaryProgram empty(QStringLiteral("empty.palisade"));
    VendorDuePanel nothing(empty.program());
    nothing.reload();
    CHECK(nothing.model()->rowCount() == 0);
    CHECK(nothing.isShowingNothingDue());
    CHECK(nothing.emptyLabel()->text().startsWith(QStringLiteral("Nothing due as of 2026-03-01")));
    CHECK(nothing.emptyLabel()->text().contains(QStringLiteral("Checked:")));
}
