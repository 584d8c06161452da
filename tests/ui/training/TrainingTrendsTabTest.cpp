#include "ui/training/TrainingTrendsTab.h"

#include "tests/ui/training/TrainingMatrixSamples.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QLineSeries>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::trainingui;

TEST_CASE("TrainingTrendsTab says what to record while there is nothing to chart", "[ui][training]")
{
    test::TemporaryProgram fixture;
    TrainingTrendsTab tab(fixture.program());
    CHECK(tab.isShowingCompletionHint());
    CHECK(tab.completionHintText().contains(QStringLiteral("Courses")));
    CHECK(tab.isShowingPhishingHint());
    CHECK(tab.phishingHintText() ==
          QStringLiteral("No phishing simulations recorded yet \u2014 add one on the Phishing "
                         "tab."));
    CHECK(tab.completionSeries()->count() == 0);
    CHECK(tab.phishingSeries()->count() == 0);
}

TEST_CASE("TrainingTrendsTab charts completion per month and each campaign's rates",
          "[ui][training]")
{
    test::TemporaryProgram fixture;
    const Workforce w = buildWorkforce(fixture);
    TrainingTrendsTab tab(fixture.program());

    CHECK_FALSE(tab.isShowingCompletionHint());
    QLineSeries* completion = tab.completionSeries();
    REQUIRE(completion->count() == TrainingTrendsTab::monthsShown);
    // The first point is the end of the month 23 months back; the last is today.
    CHECK(QDateTime::fromMSecsSinceEpoch(qint64(completion->at(0).x()), Qt::UTC).date() ==
          QDate(2024, 4, 30));
    const QPointF last = completion->at(completion->count() - 1);
    CHECK(QDateTime::fromMSecsSinceEpoch(qint64(last.x()), Qt::UTC).date() == sampleToday());
    // Required today: Avery 2, Blake 3, Casey 2, Dana 2, Emery 2 (Finley has left); covered:
    // Avery's onboarding, Blake's two, Emery's two.
    CHECK(last.y() == Catch::Approx(100.0 * 5 / 11));
    for (const QPointF& point : completion->points()) {
        CHECK(point.y() >= 0.0);
        CHECK(point.y() <= 100.0);
    }

    // Follows completions as they are recorded.
    complete(fixture.program(), w.casey, w.onboarding, QDate(2026, 2, 27));
    CHECK(tab.completionSeries()->at(completion->count() - 1).y() == Catch::Approx(100.0 * 6 / 11));

    CHECK(tab.isShowingPhishingHint());
    Program& program = fixture.program();
    addCampaign(program, QDate(2025, 6, 10), QStringLiteral("Payroll portal reset"), 40, 8, 12, 8);
    addCampaign(program, QDate(2025, 9, 15), QStringLiteral("Shared invoice"), 42, 5, 20, 4);
    addCampaign(program, QDate(2026, 1, 20), QStringLiteral("EHR login expiring"), 44, 2, 30, 2);
    CHECK_FALSE(tab.isShowingPhishingHint());
    QBarSeries* phishing = tab.phishingSeries();
    REQUIRE(phishing->count() == 2);
    const QList<QBarSet*> sets = phishing->barSets();
    CHECK(sets.at(0)->label() == QStringLiteral("Clicked"));
    CHECK(sets.at(1)->label() == QStringLiteral("Reported"));
    REQUIRE(sets.at(0)->count() == 3);
    REQUIRE(sets.at(1)->count() == 3);
    CHECK(sets.at(0)->at(0) == Catch::Approx(20.0));
    // Shares are shown to one decimal: 30 of 44 is 68.2 %.
    CHECK(sets.at(1)->at(2) == Catch::Approx(68.2));
    const QStringList categories = tab.campaignAxis()->categories();
    REQUIRE(categories.size() == 3);
    CHECK(categories.at(0).startsWith(QStringLiteral("2025-06-10")));
    CHECK(categories.at(0).contains(QStringLiteral("Payroll portal")));
    CHECK(categories.at(2).startsWith(QStringLiteral("2026-01-20")));

    // Only the latest campaigns fit on the chart.
    for (int month = 1; month <= 12; ++month)
        addCampaign(program, QDate(2024, month, 5), QStringLiteral("Quarterly test %1").arg(month),
                    30, 3, 10, 3);
    REQUIRE(tab.phishingSeries()->count() == 2);
    CHECK(tab.phishingSeries()->barSets().at(0)->count() == TrainingTrendsTab::campaignsShown);
    CHECK(tab.campaignAxis()->categories().constLast().startsWith(QStringLiteral("2026-01-20")));
}
