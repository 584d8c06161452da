// Renders the Training area and its dialogs offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "tests/support/TestPdf.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "tests/ui/training/TrainingUiSamples.h"
#include "ui/training/CompletionEditorDialog.h"
#include "ui/training/CourseEditorDialog.h"
#include "ui/training/CoursesTab.h"
#include "ui/training/PeopleTab.h"
#include "ui/training/PersonDetailPanel.h"
#include "ui/training/PersonEditorDialog.h"
#include "ui/training/RetireCourseDialog.h"
#include "ui/training/TrainingPage.h"
#include "ui/training/WorkforceRolesDialog.h"

#include <QTabWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskshots::save;

TEST_CASE("Screenshots of the Training area", "[.screenshot]")
{
    test::TemporaryProgram empty(QStringLiteral("empty.palisade"));
    TrainingPage firstRun(empty.program());
    firstRun.resize(1100, 680);
    CHECK(save(firstRun, QStringLiteral("training-page-first-run")));

    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const test::TrainingSample s = test::addTrainingSample(fixture);
    REQUIRE(program.training().attachCertificate(
        s.danaRefresher, QStringLiteral("dana-refresher-2025.pdf"),
        test::makeTestPdf({QStringLiteral("Certificate of completion")})));

    TrainingPage page(program);
    page.resize(1366, 800);
    CHECK(save(page, QStringLiteral("training-who-is-due")));
    page.tabs()->setCurrentIndex(TrainingPage::PeopleTabIndex);
    REQUIRE(page.peopleTab()->selectPerson(s.dana));
    CHECK(save(page, QStringLiteral("training-people")));
    REQUIRE(page.peopleTab()->selectPerson(s.ravi));
    CHECK(save(page, QStringLiteral("training-people-no-completions")));
    page.tabs()->setCurrentIndex(TrainingPage::CoursesTabIndex);
    REQUIRE(page.coursesTab()->selectCourse(s.coding));
    CHECK(save(page, QStringLiteral("training-courses")));

    PersonEditorDialog newPerson(program, std::nullopt);
    CHECK(save(newPerson, QStringLiteral("training-person-editor-new")));
    PersonEditorDialog person(program, s.marcus);
    CHECK(save(person, QStringLiteral("training-person-editor")));
    WorkforceRolesDialog roles(program);
    CHECK(save(roles, QStringLiteral("training-roles")));
    CourseEditorDialog course(program, s.coding);
    CHECK(save(course, QStringLiteral("training-course-editor")));
    CourseEditorDialog newCourse(program, std::nullopt);
    CHECK(save(newCourse, QStringLiteral("training-course-editor-new")));
    CompletionEditorDialog completion(program, std::nullopt, s.ravi);
    CHECK(save(completion, QStringLiteral("training-completion-editor")));
    CompletionEditorDialog existing(program, s.danaCoding, s.dana);
    CHECK(save(existing, QStringLiteral("training-completion-editor-existing")));
    RetireCourseDialog retire(QStringLiteral("Secure Remote Coding"), QDate(2026, 3, 1));
    CHECK(save(retire, QStringLiteral("training-retire-course")));
}
