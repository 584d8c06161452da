#include "ui/training/PhishingCampaignModel.h"

#include "tests/ui/training/TrainingMatrixSamples.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::trainingui;

TEST_CASE("PhishingCampaignModel lists campaigns newest first with counts and shares",
          "[ui][training]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    PhishingCampaignModel model(program);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 0);

    const PhishingCampaign older =
        addCampaign(program, QDate(2025, 9, 15), QStringLiteral("Shared invoice"), 50, 7, 20, 5);
    const PhishingCampaign newer = addCampaign(program, QDate(2026, 1, 20),
                                               QStringLiteral("EHR login expiring"), 40, 0, 31, 0);
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.rowForId(newer.id) == 0);
    CHECK(model.rowForId(older.id) == 1);
    using M = PhishingCampaignModel;
    CHECK(text(model, 1, M::DateColumn) == QStringLiteral("2025-09-15"));
    CHECK(text(model, 1, M::TemplateColumn) == QStringLiteral("Shared invoice"));
    CHECK(text(model, 1, M::RecipientsColumn) == QStringLiteral("50"));
    CHECK(text(model, 1, M::ClickedColumn) == QStringLiteral("7 (14.0 %)"));
    CHECK(text(model, 1, M::ReportedColumn) == QStringLiteral("20 (40.0 %)"));
    CHECK(text(model, 1, M::TrainedColumn) == QStringLiteral("5 of 7 (71 %)"));
    CHECK(text(model, 0, M::TrainedColumn) == QStringLiteral("nobody clicked"));
    CHECK(model.data(model.index(1, M::ClickedColumn), M::SortRole).toDouble() == 7.0 / 50.0);
    CHECK(model.data(model.index(0, 0), M::CampaignIdRole).toLongLong() == newer.id);
    CHECK(model.headerData(M::TrainedColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Trained after click"));
}
