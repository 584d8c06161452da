#include "ui/retention/LegalHoldModel.h"

#include "core/retention/RecordTypes.h"
#include "tests/ui/retention/RetentionUiSamples.h"
#include "ui/retention/RetentionRoles.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using test::cellText;

TEST_CASE("LegalHoldModel lists the holds in force, and released ones when asked",
          "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    RetentionRegister& retention = fixture.program().retention();
    const Result<LegalHold> one =
        retention.placeHold(recordtype::agreement(), history.terminated,
                            QStringLiteral("Litigation hold: Doe v. Lakeside Family Clinic"));
    REQUIRE(one);
    const Result<LegalHold> every = retention.placeHold(recordtype::risk(), std::nullopt,
                                                        QStringLiteral("OCR compliance review"));
    REQUIRE(every);
    fixture.clock().advanceDays(30);
    REQUIRE(retention.releaseHold(every->id, QStringLiteral("Review closed without findings")));

    LegalHoldModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(model.activeCount() == 1);
    CHECK(model.releasedCount() == 1);
    REQUIRE(model.rowCount() == 1);
    CHECK(cellText(model, 0, LegalHoldModel::IdColumn) == QString::number(one->id));
    CHECK(cellText(model, 0, LegalHoldModel::CoversColumn).startsWith(QStringLiteral("BAA-")));
    CHECK(cellText(model, 0, LegalHoldModel::PlacedColumn) == QStringLiteral("2026-09-15"));
    CHECK(cellText(model, 0, LegalHoldModel::PlacedByColumn) == QStringLiteral("Dana Whitfield"));
    CHECK(cellText(model, 0, LegalHoldModel::ReasonColumn).contains(QStringLiteral("Doe v.")));
    CHECK(cellText(model, 0, LegalHoldModel::ReleasedColumn).isEmpty());

    model.setShowReleased(true);
    REQUIRE(model.rowCount() == 2);
    const int released = model.rowForId(every->id);
    REQUIRE(released >= 0);
    CHECK(cellText(model, released, LegalHoldModel::CoversColumn) == QStringLiteral("Every risk"));
    CHECK(cellText(model, released, LegalHoldModel::ReleasedColumn) ==
          QStringLiteral("2026-10-15 by Dana Whitfield"));
    CHECK(cellText(model, released, LegalHoldModel::ReleaseReasonColumn) ==
          QStringLiteral("Review closed without findings"));
    CHECK(model.data(model.index(released, 0), retentionrole::HoldIdRole).toLongLong() ==
          every->id);
    CHECK(model.data(model.index(released, 0), Qt::ForegroundRole).isValid());
}
