#include "ui/training/CourseTableModel.h"

#include "tests/support/TestPdf.h"
#include "tests/ui/training/TrainingUiSamples.h"
#include "ui/training/PersonCompletionModel.h"
#include "ui/training/TrainingRoles.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("CourseTableModel words who must take a course and when", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    CourseTableModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 3);

    const int refresher = model.rowForId(s.refresher);
    CHECK(cell(model, refresher, CourseTableModel::TitleColumn) ==
          QStringLiteral("Annual HIPAA Refresher"));
    CHECK(cell(model, refresher, CourseTableModel::RolesColumn) == QStringLiteral("Everyone"));
    // Plural forms come from the English translation, not loaded here.
    CHECK(cell(model, refresher, CourseTableModel::CadenceColumn)
              .startsWith(QStringLiteral("Every 12 month")));
    CHECK(cell(model, refresher, CourseTableModel::ValidityColumn)
              .startsWith(QStringLiteral("12 month")));
    CHECK(cell(model, refresher, CourseTableModel::PassingScoreColumn).isEmpty());
    const int coding = model.rowForId(s.coding);
    CHECK(cell(model, coding, CourseTableModel::RolesColumn) ==
          QStringLiteral("Coder, Remote coder"));
    CHECK(cell(model, coding, CourseTableModel::PassingScoreColumn) == QStringLiteral("80"));
    CHECK(cell(model, coding, CourseTableModel::ValidityColumn) == QStringLiteral("No expiry"));
    CHECK(cell(model, coding, CourseTableModel::KindColumn) ==
          courseKindLabel(CourseKind::RoleBased));
    const int onboarding = model.rowForId(s.onboarding);
    CHECK(cell(model, onboarding, CourseTableModel::CadenceColumn) == QStringLiteral("At hire"));
    CHECK(cell(model, onboarding, CourseTableModel::RetiredColumn).isEmpty());

    REQUIRE(fixture.program().training().retireCourse(s.coding, QDate(2026, 2, 1)));
    REQUIRE(model.reload());
    CHECK(cell(model, model.rowForId(s.coding), CourseTableModel::RetiredColumn) ==
          QStringLiteral("2026-02-01"));
    CHECK(model.data(model.index(0, 0), trainingrole::IdRole).toLongLong() != 0);
}

TEST_CASE("PersonCompletionModel lists one person's completions, newest first", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    PersonCompletionModel model(fixture.program());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    REQUIRE(model.load(s.dana));
    REQUIRE(model.rowCount() == 3);
    CHECK(cell(model, 0, PersonCompletionModel::CourseColumn) ==
          QStringLiteral("Secure Remote Coding"));
    CHECK(cell(model, 0, PersonCompletionModel::DateColumn) == QStringLiteral("2025-03-03"));
    CHECK(cell(model, 0, PersonCompletionModel::ScoreColumn) == QStringLiteral("92.5"));
    CHECK(cell(model, 0, PersonCompletionModel::PassedColumn) == QStringLiteral("Yes"));
    CHECK(cell(model, 0, PersonCompletionModel::SourceColumn) ==
          completionSourceLabel(CompletionSource::Manual));
    CHECK(cell(model, 0, PersonCompletionModel::CertificateColumn) == QStringLiteral("No"));
    CHECK(cell(model, 2, PersonCompletionModel::CourseColumn) ==
          QStringLiteral("HIPAA Onboarding"));

    REQUIRE(fixture.program().training().attachCertificate(
        s.danaRefresher, QStringLiteral("refresher.pdf"),
        test::makeTestPdf({QStringLiteral("Certificate of completion")})));
    REQUIRE(model.reload());
    const int row = model.rowForId(s.danaRefresher);
    CHECK(cell(model, row, PersonCompletionModel::CertificateColumn) == QStringLiteral("Yes"));
    CHECK(model.data(model.index(row, PersonCompletionModel::CertificateColumn), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("refresher.pdf")));

    REQUIRE(model.load(s.ravi));
    CHECK(model.rowCount() == 0);
}
