#include "ui/incidents/BreachLogTab.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/ui/incidents/IncidentLogSamples.h"
#include "ui/incidents/BreachLogModel.h"
#include "ui/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::incidentui;

TEST_CASE("BreachLogTab lists the year's breaches and says what HHS needs by when",
          "[ui][incidents][breachlog]")
{
    test::TemporaryProgram fixture;
    BreachLogTab empty(fixture.program());
    CHECK(empty.years() == QList<int>{2026});
    CHECK(empty.isShowingEmptyState());
    CHECK(empty.emptyLabel()->text().startsWith(QStringLiteral("No breaches discovered in 2026")));
    CHECK_FALSE(empty.csvButton()->isEnabled());

    const IncidentLog log = addIncidentLog(fixture);
    BreachLogTab tab(fixture.program());
    QAbstractItemModelTester tester(tab.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tab.years() == (QList<int>{2026, 2025}));
    CHECK(tab.year() == 2026);
    CHECK_FALSE(tab.isShowingEmptyState());
    // The phishing email was assessed a low probability: not on the log.
    REQUIRE(tab.model()->rowCount() == 2);
    const auto cell = [&](int row, int column) {
        return tab.model()->data(tab.model()->index(row, column)).toString();
    };
    CHECK(cell(0, BreachLogModel::ReferenceColumn) == incidentReference(log.closed));
    CHECK(cell(0, BreachLogModel::NoticesColumn) ==
          QStringLiteral("Individuals 2026-01-20; HHS 2026-02-10"));
    CHECK(cell(1, BreachLogModel::ReferenceColumn) == incidentReference(log.remittance));
    CHECK(cell(1, BreachLogModel::ByStateColumn) == QStringLiteral("FL 12; GA 40"));
    CHECK(cell(1, BreachLogModel::AffectedColumn) == QStringLiteral("52"));
    CHECK(cell(1, BreachLogModel::NoticesColumn) == QStringLiteral("None yet"));
    CHECK(tab.model()->smallBreachCount() == 2);
    const QString explanation = tab.explanationLabel()->text();
    CHECK(explanation.contains(QStringLiteral("fewer than 500 people go to HHS within 60 days")));
    CHECK(explanation.contains(QStringLiteral("2027")));
    CHECK(explanation.contains(QStringLiteral("365 day(s)")));

    tab.setYear(2025);
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(cell(0, BreachLogModel::ReferenceColumn) == incidentReference(log.laptop));
    // The 2025 submission was due on 1 March 2026, today.
    CHECK(tab.explanationLabel()->text().contains(QStringLiteral("That is today.")));
}

TEST_CASE("BreachLogTab exports the year's log as CSV", "[ui][incidents][breachlog]")
{
    test::TemporaryProgram fixture;
    const IncidentLog log = addIncidentLog(fixture);
    BreachLogTab tab(fixture.program());
    const QString path = fixture.dir() + QStringLiteral("/breach-log-2026.csv");
    REQUIRE(tab.exportCsvTo(path));
    CHECK(tab.banner()->kind() == MessageBanner::Kind::Information);
    CHECK(tab.banner()->text().contains(QStringLiteral("breach-log-2026.csv")));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // A header and one line per breach of 2026.
    REQUIRE(lines.size() == 3);
    CHECK(text.contains(incidentReference(log.remittance)));
    CHECK(text.contains(QStringLiteral("Remittance sent to the wrong clinic")));
    CHECK(text.contains(QStringLiteral("FL 12; GA 40")));
    CHECK_FALSE(text.contains(incidentReference(log.phishing)));

    // Exporting again replaces the file the user chose.
    tab.setYear(2025);
    REQUIRE(tab.exportCsvTo(path));
    QFile again(path);
    REQUIRE(again.open(QIODevice::ReadOnly));
    const QString replaced = QString::fromUtf8(again.readAll());
    CHECK(replaced.contains(incidentReference(log.laptop)));
    CHECK_FALSE(replaced.contains(incidentReference(log.remittance)));
}
