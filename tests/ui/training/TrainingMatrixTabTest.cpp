#include "ui/training/TrainingMatrixTab.h"

#include "tests/ui/training/TrainingMatrixSamples.h"
#include "ui/training/TrainingMatrixModel.h"
#include "ui/training/TrainingMatrixProxyModel.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::trainingui;

TEST_CASE("TrainingMatrixTab asks for courses and people before showing a matrix", "[ui][training]")
{
    test::TemporaryProgram fixture;
    TrainingMatrixTab tab(fixture.program());
    CHECK(tab.isShowingFirstRun());
    CHECK_FALSE(tab.exportOverdueButton()->isEnabled());

    // People alone are not enough: the courses come first.
    addPerson(fixture.program(), QStringLiteral("E-1"), QStringLiteral("Avery Brooks"),
              QStringLiteral("Billing"), {}, QDate(2025, 1, 6));
    CHECK(tab.isShowingFirstRun());
    addCourse(fixture.program(), QStringLiteral("HIPAA onboarding"), Cadence::AtHire);
    CHECK_FALSE(tab.isShowingFirstRun());
    CHECK(tab.table()->model()->rowCount() == 1);
}

TEST_CASE("TrainingMatrixTab filters, sorts, flags access before training and follows changes",
          "[ui][training]")
{
    test::TemporaryProgram fixture;
    const Workforce w = buildWorkforce(fixture);
    TrainingMatrixTab tab(fixture.program());
    CHECK(tab.asOfEdit()->date() == sampleToday());
    CHECK_FALSE(tab.isShowingFirstRun());
    CHECK(tab.mostOverdueCheck()->isChecked());
    QAbstractItemModel* shown = tab.table()->model();
    REQUIRE(shown->rowCount() == 6);
    CHECK(text(*shown, 0, 0).startsWith(QStringLiteral("Blake Chen")));
    CHECK(tab.shownOverdueCount() == 3);
    CHECK(tab.summaryLabel()->text().startsWith(QStringLiteral("6 ")));
    CHECK(tab.summaryLabel()->text().contains(QStringLiteral("3 overdue")));

    // Casey had PHI access from 2026-02-10 without onboarding.
    CHECK_FALSE(tab.findingBanner()->isHidden());
    CHECK(tab.findingBanner()->kind() == MessageBanner::Kind::Warning);
    CHECK(tab.findingBanner()->text().contains(QStringLiteral("Casey Diaz")));
    CHECK(tab.findingBanner()->text().contains(QStringLiteral("164.308(a)(5)")));
    CHECK_FALSE(tab.findingBanner()->text().contains(QStringLiteral("Avery")));

    const int department = tab.departmentCombo()->findData(QStringLiteral("Coding"));
    REQUIRE(department > 0);
    tab.departmentCombo()->setCurrentIndex(department);
    CHECK(shown->rowCount() == 2);
    const int role = tab.roleCombo()->findData(QStringLiteral("billing"));
    REQUIRE(role > 0);
    tab.roleCombo()->setCurrentIndex(role);
    CHECK(shown->rowCount() == 0);
    CHECK(tab.isShowingNoMatch());
    tab.departmentCombo()->setCurrentIndex(0);
    CHECK(shown->rowCount() == 2);
    CHECK_FALSE(tab.isShowingNoMatch());
    tab.roleCombo()->setCurrentIndex(0);

    tab.mostOverdueCheck()->setChecked(false);
    CHECK(text(*shown, 0, 0).startsWith(QStringLiteral("Avery Brooks")));

    // Completing the onboarding clears the cell and the finding.
    const int casey = rowOf(*shown, QStringLiteral("Casey Diaz"));
    const int onboarding = columnOf(*shown, QStringLiteral("HIPAA onboarding"));
    REQUIRE(casey >= 0);
    REQUIRE(onboarding > 0);
    CHECK(text(*shown, casey, onboarding) == QStringLiteral("Overdue 19 d"));
    complete(fixture.program(), w.casey, w.onboarding, QDate(2026, 2, 27));
    const int after = rowOf(*shown, QStringLiteral("Casey Diaz"));
    REQUIRE(after >= 0);
    CHECK(text(*shown, after, onboarding) == QStringLiteral("Complete"));
    // Late training is still a finding: the access came first.
    CHECK(tab.findingBanner()->text().contains(QStringLiteral("completed 2026-02-27")));

    // A day before Casey started, there was no finding.
    tab.asOfEdit()->setDate(QDate(2026, 2, 1));
    CHECK(tab.findingBanner()->isHidden());
    CHECK(rowOf(*shown, QStringLiteral("Casey Diaz")) == -1);
}

TEST_CASE("TrainingMatrixTab exports the overdue list for managers and the matrix as CSV",
          "[ui][training]")
{
    test::TemporaryProgram fixture;
    Workforce w = buildWorkforce(fixture);
    // A name a spreadsheet would run as a formula.
    w.avery.name = QStringLiteral("=HYPERLINK(\"http://x\",\"Avery\")");
    REQUIRE(fixture.program().workforce().updatePerson(w.avery));
    TrainingMatrixTab tab(fixture.program());
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("overdue.csv"));
    REQUIRE(tab.exportOverdueList(path));

    const QStringList lines = csvLines(path);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral("Person,Employee ID,Department,Course,Due date,Days "
                                        "overdue,Last completed,As of"));
    // By department, then the longest overdue first.
    CHECK(lines.at(1) == QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"Avery\"\")\",E-100,"
                                        "Billing,Annual HIPAA refresher,2026-01-20,40,2025-01-20,"
                                        "2026-03-01"));
    CHECK(lines.at(2) == QStringLiteral("Blake Chen,E-101,Coding,Remote work security,2025-06-01,"
                                        "273,never,2026-03-01"));
    CHECK(lines.at(3).startsWith(QStringLiteral("Casey Diaz,E-102,Coding,")));
    CHECK(lines.at(3).contains(QStringLiteral(",2026-02-10,19,never,")));

    // Only the people shown are exported.
    tab.departmentCombo()->setCurrentIndex(
        tab.departmentCombo()->findData(QStringLiteral("Coding")));
    REQUIRE(tab.exportOverdueList(path));
    CHECK(csvLines(path).size() == 3);

    const QString matrix = QDir(fixture.dir()).filePath(QStringLiteral("matrix.csv"));
    REQUIRE(tab.exportMatrix(matrix));
    const QStringList rows = csvLines(matrix);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).startsWith(QStringLiteral("Person,Employee ID,Department,")));
    CHECK(rows.at(0).contains(QStringLiteral("Remote work security")));
    CHECK(rows.at(1).startsWith(QStringLiteral("Blake Chen,E-101,Coding,")));
    CHECK(rows.at(1).contains(QStringLiteral("Overdue 273 d")));
    CHECK(rows.at(2).contains(QStringLiteral("Not required")));

    // A folder that does not exist is an error, not a crash.
    const Result<void> failed =
        tab.exportMatrix(QDir(fixture.dir()).filePath(QStringLiteral("missing/matrix.csv")));
    CHECK_FALSE(failed);
}
