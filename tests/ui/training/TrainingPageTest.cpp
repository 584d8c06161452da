#include "ui/training/TrainingPage.h"

#include "core/policies/PolicyRegister.h"
#include "core/training/AcknowledgmentRegister.h"
#include "tests/support/TestPdf.h"
#include "tests/ui/assets/ModalDriver.h"
#include "tests/ui/policies/PolicySamples.h"
#include "tests/ui/training/TrainingUiSamples.h"
#include "ui/training/CourseEditorDialog.h"
#include "ui/training/CourseTableModel.h"
#include "ui/training/CoursesTab.h"
#include "ui/training/PeopleTab.h"
#include "ui/training/PersonCompletionModel.h"
#include "ui/training/PersonDetailPanel.h"
#include "ui/training/PersonEditorDialog.h"
#include "ui/training/PersonFilterProxyModel.h"
#include "ui/training/PersonTableModel.h"
#include "ui/training/RetireCourseDialog.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("TrainingPage says what to do first until something is recorded", "[training][ui]")
{
    test::TemporaryProgram fixture;
    TrainingPage page(fixture.program());
    CHECK(page.isShowingFirstRun());
    CHECK(page.firstRunPanel()->text().contains(QStringLiteral("CSV")));
    CHECK(page.firstCourseButton()->isEnabled());
    CHECK(page.tabs()->count() == 5);
    CHECK(page.tabs()->tabText(TrainingPage::MatrixTabIndex) == QStringLiteral("Who Is Due"));
    CHECK(page.tabs()->tabText(TrainingPage::PeopleTabIndex) == QStringLiteral("People"));
    CHECK(page.tabs()->tabText(TrainingPage::PhishingTabIndex) ==
          QStringLiteral("Phishing Simulations"));
    CHECK(page.tabs()->tabText(TrainingPage::TrendsTabIndex) == QStringLiteral("Trends"));
    CHECK(page.tabs()->tabText(TrainingPage::CoursesTabIndex) == QStringLiteral("Courses"));

    bool seen = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            auto* editor = qobject_cast<CourseEditorDialog*>(dialog);
            REQUIRE(editor);
            editor->titleEdit()->setText(QStringLiteral("HIPAA Onboarding"));
            editor->save();
        },
        &seen);
    page.firstCourseButton()->click();
    CHECK(seen);
    CHECK_FALSE(page.isShowingFirstRun());
    CHECK(page.tabs()->currentWidget() == page.coursesTab());
    CHECK(page.coursesTab()->model()->rowCount() == 1);
    CHECK(page.banner()->text().contains(QStringLiteral("HIPAA Onboarding")));
}

TEST_CASE("TrainingPage People tab filters, edits and shows refusals", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    Program& program = fixture.program();
    TrainingPage page(program);
    page.resize(1200, 760);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    // The matrix of who is due comes first once something is recorded.
    CHECK(page.tabs()->currentIndex() == TrainingPage::MatrixTabIndex);
    page.tabs()->setCurrentIndex(TrainingPage::PeopleTabIndex);
    PeopleTab* people = page.peopleTab();
    CHECK_FALSE(page.isShowingFirstRun());
    CHECK(people->table()->model()->rowCount() == 4);
    CHECK(people->summaryLabel()->text().contains(QStringLiteral("3")));
    CHECK(people->departmentCombo()->count() == 4); // any + three departments

    people->statusCombo()->setCurrentIndex(
        people->statusCombo()->findData(personStatusKey(PersonStatus::Terminated)));
    CHECK(people->table()->model()->rowCount() == 1);
    people->searchEdit()->setText(QStringLiteral("dana"));
    CHECK(people->isShowingNoMatch());
    people->noMatchHint()->clearButton()->click();
    CHECK(people->table()->model()->rowCount() == 4);
    CHECK_FALSE(people->isShowingNoMatch());

    // Selecting shows the person's records.
    REQUIRE(people->selectPerson(s.dana));
    PersonDetailPanel* detail = people->detailPanel();
    CHECK(detail->isShowingPerson());
    CHECK(detail->nameLabel()->text() == QStringLiteral("Dana Whitfield"));
    CHECK(detail->completionModel()->rowCount() == 3);
    CHECK(detail->summaryLabel()->text().contains(QStringLiteral("E-1001")));

    // Delete asks first, then shows the register's refusal: Dana has training records.
    bool seen = false;
    test::answerMessageBox(QMessageBox::Yes, &seen);
    people->table()->setFocus();
    QTest::keyClick(people->table(), Qt::Key_Delete);
    CHECK(seen);
    CHECK(page.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(page.banner()->text().startsWith(QStringLiteral("Dana Whitfield was not deleted")));
    CHECK(program.workforce().person(s.dana));

    // Ravi has none and goes.
    REQUIRE(people->selectPerson(s.ravi));
    seen = false;
    test::answerMessageBox(QMessageBox::Yes, &seen);
    people->deleteButton()->click();
    CHECK(seen);
    CHECK(page.banner()->text() == QStringLiteral("Ravi Chandra was deleted."));
    CHECK(people->model()->rowCount() == 3);

    // Enter opens the editor on the selected row.
    REQUIRE(people->selectPerson(s.joan));
    seen = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            auto* editor = qobject_cast<PersonEditorDialog*>(dialog);
            REQUIRE(editor);
            editor->departmentCombo()->setCurrentText(QStringLiteral("Privacy Office"));
            editor->save();
        },
        &seen);
    people->table()->setFocus();
    QTest::keyClick(people->table(), Qt::Key_Return);
    CHECK(seen);
    CHECK(program.workforce().person(s.joan)->department == QStringLiteral("Privacy Office"));
    CHECK(people->selectedPersonId() == s.joan);
    CHECK(people->departmentCombo()->findData(QStringLiteral("Privacy Office")) >= 0);

    // Ctrl+N adds a person.
    seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            CHECK(qobject_cast<PersonEditorDialog*>(dialog));
            dialog->reject();
        },
        &seen);
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    people->table()->setFocus();
    QTest::keyClick(people->table(), Qt::Key_N, Qt::ControlModifier);
    CHECK(seen);
}

TEST_CASE("PersonDetailPanel attaches and copies a certificate and lists acknowledgments",
          "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    Program& program = fixture.program();

    Policy policy;
    policy.code = QStringLiteral("SEC-004");
    policy.title = QStringLiteral("Access Control");
    policy.owner = QStringLiteral("IT Manager");
    policy.requiredApprovalRoles = {QStringLiteral("Privacy Officer")};
    const qint64 policyId = program.policies().add(policy, QStringLiteral("Rules.")).value().id;
    const qint64 revisionId = test::firstRevision(program, policyId);
    test::approveRevision(program, revisionId, QDate(2026, 3, 1));

    TrainingPage page(program);
    PersonDetailPanel* detail = page.peopleTab()->detailPanel();
    REQUIRE(page.peopleTab()->selectPerson(s.dana));
    CHECK(detail->acknowledgmentList()->isHidden());

    PolicyAcknowledgment acknowledgment;
    acknowledgment.personId = s.dana;
    acknowledgment.revisionId = revisionId;
    acknowledgment.acknowledgedOn = QDate(2026, 3, 1);
    REQUIRE(program.acknowledgments().addAcknowledgment(acknowledgment));
    REQUIRE(detail->acknowledgmentList()->topLevelItemCount() == 1);
    CHECK(
        detail->acknowledgmentList()->topLevelItem(0)->text(0).contains(QStringLiteral("SEC-004")));
    CHECK(detail->acknowledgmentList()->topLevelItem(0)->text(1) == QStringLiteral("2026-03-01"));

    REQUIRE(detail->selectCompletion(s.danaRefresher));
    CHECK(detail->attachButton()->isEnabled());
    CHECK_FALSE(detail->saveCopyButton()->isEnabled());
    const QString pdf = fixture.dir() + QStringLiteral("/certificate.pdf");
    {
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(test::makeTestPdf({QStringLiteral("Certificate: Annual HIPAA Refresher")}));
    }
    REQUIRE(detail->attachCertificate(pdf));
    CHECK(detail->banner()->text().contains(QStringLiteral("certificate.pdf")));
    CHECK(detail->selectedCompletionId() == s.danaRefresher);
    CHECK_FALSE(detail->attachButton()->isEnabled());
    CHECK(detail->saveCopyButton()->isEnabled());
    CHECK(program.training().completion(s.danaRefresher)->certificate.has_value());

    const QString copy = fixture.dir() + QStringLiteral("/copy.pdf");
    REQUIRE(detail->saveCertificateCopyTo(copy));
    CHECK(QFile::exists(copy));
    CHECK(detail->banner()->text().contains(QStringLiteral("decrypted copy")));

    // A file that is not a PDF is refused with the register's reason.
    REQUIRE(detail->selectCompletion(s.danaCoding));
    const QString text = fixture.dir() + QStringLiteral("/notes.pdf");
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a pdf at all");
    }
    CHECK_FALSE(detail->attachCertificate(text));
    CHECK(detail->banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(detail->banner()->text().startsWith(QStringLiteral("The certificate was not attached")));
}

TEST_CASE("TrainingPage Courses tab retires and refuses deleting a course in use", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    Program& program = fixture.program();
    TrainingPage page(program);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.tabs()->setCurrentIndex(TrainingPage::CoursesTabIndex);
    CoursesTab* courses = page.coursesTab();
    page.tabs()->setCurrentWidget(courses);
    CHECK(courses->summaryLabel()->text().contains(QStringLiteral("3")));

    REQUIRE(courses->selectCourse(s.coding));
    bool seen = false;
    test::answerMessageBox(QMessageBox::Yes, &seen);
    courses->deleteButton()->click();
    CHECK(seen);
    CHECK(page.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(page.banner()->text().contains(QStringLiteral("retire the course instead")));

    seen = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            CHECK(qobject_cast<RetireCourseDialog*>(dialog));
            dialog->accept();
        },
        &seen);
    courses->retireButton()->click();
    CHECK(seen);
    CHECK(program.training().course(s.coding)->retiredOn == QDate(2026, 3, 1));
    CHECK(page.banner()->text().contains(QStringLiteral("no longer required")));
    CHECK(courses->selectedCourseId() == s.coding);
    CHECK_FALSE(courses->retireButton()->isEnabled());
    CHECK(courses->summaryLabel()->text().contains(QStringLiteral("Retired: 1")));

    // A course nobody completed can be deleted.
    const qint64 unused = test::addSampleCourse(program, QStringLiteral("Phishing Basics"),
                                                CourseKind::Phishing, Cadence::AtHire);
    REQUIRE(courses->selectCourse(unused));
    seen = false;
    test::answerMessageBox(QMessageBox::Yes, &seen);
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    courses->table()->setFocus();
    QTest::keyClick(courses->table(), Qt::Key_Delete);
    CHECK(seen);
    CHECK_FALSE(program.training().course(unused));
    CHECK(courses->model()->rowCount() == 3);
}
