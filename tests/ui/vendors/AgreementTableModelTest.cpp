#include "ui/vendors/AgreementTableModel.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"
#include "tests/ui/vendors/VendorSamples.h"
#include "ui/vendors/VendorFilterProxyModel.h"
#include "ui/vendors/VendorRoles.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << cell(model, row, column);
    return values;
}

} // namespace

TEST_CASE("AgreementTableModel shows each agreement's dates, notice, provisions and documents",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample sample = test::addBillingCompanyVendors(fixture.program());
    REQUIRE(fixture.program().baas().attach(
        sample.lakesideBaa, QStringLiteral("lakeside-signed.pdf"),
        test::makeTestPdf({QStringLiteral("Business associate agreement, page one"),
                           QStringLiteral("Signatures")}),
        DocumentKind::SignedAgreement));

    AgreementTableModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 4);
    CHECK(model.today() == QDate(2026, 3, 1));

    const int lakeside = model.rowForId(sample.lakesideBaa);
    CHECK(cell(model, lakeside, AgreementTableModel::ReferenceColumn) ==
          agreementReference(sample.lakesideBaa));
    CHECK(cell(model, lakeside, AgreementTableModel::CounterpartyColumn) ==
          QStringLiteral("Lakeside Family Clinic"));
    CHECK(cell(model, lakeside, AgreementTableModel::DirectionColumn) ==
          agreementDirectionLabel(AgreementDirection::Upstream));
    CHECK(cell(model, lakeside, AgreementTableModel::StatusColumn) ==
          agreementStatusLabel(AgreementStatus::Active));
    CHECK(cell(model, lakeside, AgreementTableModel::EffectiveColumn) ==
          QStringLiteral("2024-02-01"));
    CHECK(cell(model, lakeside, AgreementTableModel::ExpiresColumn) ==
          QStringLiteral("2027-01-31"));
    CHECK(cell(model, lakeside, AgreementTableModel::NoticeColumn) == QStringLiteral("30 / 10"));
    CHECK(cell(model, lakeside, AgreementTableModel::CompletenessColumn) == QStringLiteral("100%"));
    CHECK(model.data(model.index(lakeside, AgreementTableModel::DocumentsColumn)).toInt() == 1);

    // Reviewed 2025-01-15 every 12 months: overdue since 2026-01-15, in red.
    const QModelIndex review = model.index(lakeside, AgreementTableModel::NextReviewColumn);
    CHECK(model.data(review).toString() == QStringLiteral("2026-01-15"));
    CHECK(model.data(review, Qt::ForegroundRole).value<QColor>() == QColor(0xb3, 0x26, 0x1e));
    CHECK(model.data(review, Qt::ToolTipRole).toString().contains(QStringLiteral("overdue")));
    CHECK(model.data(review, vendorrole::AttentionRole).toBool());

    const int northgate = model.rowForId(sample.northgateBaa);
    CHECK(cell(model, northgate, AgreementTableModel::ExpiresColumn) ==
          QStringLiteral("Evergreen"));
    CHECK(cell(model, northgate, AgreementTableModel::NextReviewColumn) ==
          QStringLiteral("2026-06-01"));
    CHECK_FALSE(
        model
            .data(model.index(northgate, AgreementTableModel::NextReviewColumn), Qt::ForegroundRole)
            .isValid());

    // 13 of 14 applicable present (one missing, one not applicable): 92%.
    const int clearinghouse = model.rowForId(sample.clearinghouseBaa);
    CHECK(cell(model, clearinghouse, AgreementTableModel::CompletenessColumn) ==
          QStringLiteral("92%"));
    CHECK(model.data(model.index(clearinghouse, 0), vendorrole::PercentRole).toInt() == 92);
    CHECK(cell(model, clearinghouse, AgreementTableModel::CompletenessColumn, Qt::ToolTipRole) ==
          QStringLiteral("13 of 14 present (92%)"));
    CHECK(cell(model, clearinghouse, AgreementTableModel::DirectionColumn) ==
          agreementDirectionLabel(AgreementDirection::Downstream));

    const int shred = model.rowForId(sample.shredBaa);
    CHECK(cell(model, shred, AgreementTableModel::EffectiveColumn).isEmpty());
    CHECK(cell(model, shred, AgreementTableModel::CompletenessColumn) == QStringLiteral("0%"));
    CHECK(model.data(model.index(shred, 0), vendorrole::SearchTextRole)
              .toString()
              .contains(QStringLiteral("SecureShred Inc.")));
}

TEST_CASE("AgreementTableModel sorts dates as dates, evergreen and undated last", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample sample = test::addBillingCompanyVendors(fixture.program());
    AgreementTableModel model(fixture.program());
    REQUIRE(model.reload());
    VendorFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    proxy.sort(AgreementTableModel::ExpiresColumn, Qt::AscendingOrder);
    CHECK(column(proxy, AgreementTableModel::ExpiresColumn) ==
          QStringList{QStringLiteral("2026-04-15"), QStringLiteral("2027-01-31"),
                      QStringLiteral("Evergreen"), QString()});

    proxy.sort(AgreementTableModel::NextReviewColumn, Qt::AscendingOrder);
    CHECK(column(proxy, AgreementTableModel::NextReviewColumn) ==
          QStringList{QStringLiteral("2026-01-15"), QStringLiteral("2026-06-01"),
                      QStringLiteral("2026-09-01"), QString()});

    proxy.sort(AgreementTableModel::EffectiveColumn, Qt::DescendingOrder);
    CHECK(cell(proxy, 1, AgreementTableModel::EffectiveColumn) == QStringLiteral("2025-06-01"));

    proxy.sort(AgreementTableModel::CompletenessColumn, Qt::AscendingOrder);
    CHECK(proxy.data(proxy.index(0, 0), vendorrole::IdRole).toLongLong() == sample.shredBaa);

    // References sort by number, not as text.
    proxy.sort(AgreementTableModel::ReferenceColumn, Qt::DescendingOrder);
    CHECK(proxy.data(proxy.index(0, 0), vendorrole::IdRole).toLongLong() == sample.shredBaa);
}
