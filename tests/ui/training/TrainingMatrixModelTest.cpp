#include "ui/training/TrainingMatrixModel.h"

#include "tests/ui/training/TrainingMatrixSamples.h"
#include "ui/training/DueStateColors.h"
#include "ui/training/TrainingMatrixProxyModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::trainingui;

namespace {

QColor background(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column), Qt::BackgroundRole).value<QColor>();
}

QStringList names(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << text(model, row, 0).section(QLatin1Char('\n'), 0, 0);
    return out;
}

} // namespace

TEST_CASE("TrainingMatrixModel shows each person's state per course in words and colours",
          "[ui][training]")
{
    test::TemporaryProgram fixture;
    const Workforce w = buildWorkforce(fixture);
    TrainingMatrixModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(model.asOf() == sampleToday());
    CHECK(model.rowCount() == 6);
    REQUIRE(model.columnCount() == 4);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Person"));
    const int onboarding = columnOf(model, QStringLiteral("HIPAA onboarding"));
    const int refresher = columnOf(model, QStringLiteral("Annual HIPAA refresher"));
    const int remote = columnOf(model, QStringLiteral("Remote work security"));
    REQUIRE(onboarding > 0);
    REQUIRE(refresher > 0);
    REQUIRE(remote > 0);

    const int avery = rowOf(model, QStringLiteral("Avery Brooks"));
    const int blake = rowOf(model, QStringLiteral("Blake Chen"));
    const int casey = rowOf(model, QStringLiteral("Casey Diaz"));
    const int dana = rowOf(model, QStringLiteral("Dana Evans"));
    const int emery = rowOf(model, QStringLiteral("Emery Fox"));
    const int finley = rowOf(model, QStringLiteral("Finley Gray"));
    for (const int row : {avery, blake, casey, dana, emery, finley})
        REQUIRE(row >= 0);

    CHECK(text(model, avery, 0) == QStringLiteral("Avery Brooks\nBilling"));
    CHECK(text(model, avery, onboarding) == QStringLiteral("Complete"));
    CHECK(text(model, avery, refresher) == QStringLiteral("Overdue 40 d"));
    CHECK(text(model, avery, remote) == QStringLiteral("\u2014"));
    CHECK(text(model, blake, remote) == QStringLiteral("Overdue 273 d"));
    CHECK(text(model, blake, refresher) == QStringLiteral("Complete"));
    CHECK(text(model, casey, onboarding) == QStringLiteral("Overdue 19 d"));
    CHECK(text(model, dana, onboarding) == QStringLiteral("Not yet due"));
    CHECK(text(model, emery, refresher) == QStringLiteral("Due 2026-03-15"));
    CHECK(text(model, finley, refresher) == QStringLiteral("Ended"));

    CHECK(background(model, avery, refresher) == DueStateColors::background(DueState::Overdue));
    CHECK(background(model, avery, onboarding) == DueStateColors::background(DueState::Complete));
    CHECK(background(model, emery, refresher) == DueStateColors::background(DueState::DueSoon));
    CHECK(background(model, dana, refresher) == DueStateColors::background(DueState::NotYetDue));
    CHECK(background(model, avery, remote) == DueStateColors::background(DueState::NotRequired));
    CHECK(background(model, finley, onboarding) ==
          DueStateColors::background(DueState::EndedByTermination));
    // Every state is told apart by colour, and its text stays readable on it.
    for (const DueState state : allDueStates()) {
        const QColor back = DueStateColors::background(state);
        const QColor fore = DueStateColors::foreground(state);
        CHECK(back.lightnessF() - fore.lightnessF() > 0.45);
        for (const DueState other : allDueStates())
            CHECK((state == other || DueStateColors::background(other) != back));
    }

    const QString tip = text(model, avery, refresher, Qt::ToolTipRole);
    CHECK(tip.contains(QStringLiteral("Last completed: 2025-01-20")));
    CHECK(tip.contains(QStringLiteral("Next due: 2026-01-20")));
    CHECK(text(model, casey, onboarding, Qt::ToolTipRole)
              .contains(QStringLiteral("Last completed: never")));
    CHECK(text(model, casey, onboarding, Qt::ToolTipRole).contains(QStringLiteral("PHI")));
    const QString spoken = text(model, avery, refresher, Qt::AccessibleTextRole);
    CHECK(spoken.startsWith(
        QStringLiteral("Avery Brooks, Annual HIPAA refresher: overdue by 40 day")));
    CHECK(spoken.endsWith(QStringLiteral(", due 2026-01-20, last completed 2025-01-20")));

    CHECK(model.data(model.index(blake, 0), TrainingMatrixModel::MaxDaysOverdueRole).toInt() ==
          273);
    CHECK(model.data(model.index(casey, 0), TrainingMatrixModel::OverdueCountRole).toInt() == 1);
    CHECK(text(model, casey, refresher) == QStringLiteral("Not yet due"));
    CHECK(model.data(model.index(emery, 0), TrainingMatrixModel::MaxDaysOverdueRole).toInt() == 0);
    CHECK(model.data(model.index(avery, refresher), TrainingMatrixModel::DueStateRole).toInt() ==
          int(DueState::Overdue));
    CHECK_FALSE(model.data(model.index(avery, remote), TrainingMatrixModel::AppliesRole).toBool());
}

TEST_CASE("TrainingMatrixModel shows the workforce as it stood on the chosen day", "[ui][training]")
{
    test::TemporaryProgram fixture;
    buildWorkforce(fixture);
    TrainingMatrixModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.setAsOf(QDate(2025, 12, 1)));
    // Casey and Dana were not hired yet.
    CHECK(model.rowCount() == 4);
    CHECK(rowOf(model, QStringLiteral("Casey Diaz")) == -1);
    const int refresher = columnOf(model, QStringLiteral("Annual HIPAA refresher"));
    const int avery = rowOf(model, QStringLiteral("Avery Brooks"));
    const int finley = rowOf(model, QStringLiteral("Finley Gray"));
    REQUIRE(refresher > 0);
    REQUIRE(avery >= 0);
    REQUIRE(finley >= 0);
    CHECK(text(model, avery, refresher) == QStringLiteral("Complete"));
    CHECK(text(model, finley, refresher) == QStringLiteral("Complete"));

    // Before the remote course applied to anyone on the workforce, it has no column.
    REQUIRE(model.setAsOf(QDate(2024, 5, 1)));
    CHECK(columnOf(model, QStringLiteral("Remote work security")) == -1);
    CHECK(model.columnCount() == 3);
}

TEST_CASE("TrainingMatrixProxyModel filters by department and role and sorts most overdue first",
          "[ui][training]")
{
    test::TemporaryProgram fixture;
    buildWorkforce(fixture);
    TrainingMatrixModel model(fixture.program());
    TrainingMatrixProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(proxy.rowCount() == 6);
    CHECK(proxy.columnCount() == 4);

    proxy.setMostOverdueFirst(true);
    CHECK(names(proxy) == QStringList{QStringLiteral("Blake Chen"), QStringLiteral("Avery Brooks"),
                                      QStringLiteral("Casey Diaz"), QStringLiteral("Dana Evans"),
                                      QStringLiteral("Emery Fox"), QStringLiteral("Finley Gray")});

    proxy.setDepartment(QStringLiteral("billing"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Avery Brooks"), QStringLiteral("Emery Fox")});
    // Nobody in Billing takes the remote course: its column goes.
    CHECK(proxy.columnCount() == 3);
    CHECK(columnOf(proxy, QStringLiteral("Remote work security")) == -1);

    proxy.setDepartment({});
    proxy.setRole(QStringLiteral("remote_coder"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Blake Chen")});
    CHECK(proxy.columnCount() == 4);

    proxy.setRole({});
    proxy.setMostOverdueFirst(false);
    proxy.sort(columnOf(proxy, QStringLiteral("Annual HIPAA refresher")), Qt::DescendingOrder);
    // The most urgent first: the longest overdue, then due soonest, then the rest.
    const QStringList byRefresher = names(proxy);
    REQUIRE(byRefresher.size() == 6);
    CHECK(byRefresher.at(0) == QStringLiteral("Avery Brooks"));
    CHECK(byRefresher.at(1) == QStringLiteral("Emery Fox"));

    // Filters stay across a reload with another day.
    proxy.setDepartment(QStringLiteral("Coding"));
    REQUIRE(model.setAsOf(QDate(2025, 12, 1)));
    CHECK(names(proxy) == QStringList{QStringLiteral("Blake Chen")});
}
