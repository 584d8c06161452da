#include "ui/risk/RiskTaskDialog.h"

#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/risk/RiskTaskFixtures.h"
#include "ui/risk/RiskCitationPicker.h"
#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskOwnerField.h"
#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

qint64 addRisk(Program& program)
{
    return test::risktasks::addLaptopRisk(program, QDate(2026, 2, 1));
}

} // namespace

TEST_CASE("RiskTaskDialog adds a task with the fields typed", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    RemediationTask fresh;
    fresh.riskId = addRisk(program);
    RiskTaskDialog dialog(program.risks(), fresh, {QStringLiteral("Sam Ortiz")},
                          fixture.clock().today());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->text().contains(QStringLiteral("Give the task a title.")));
    CHECK_FALSE(dialog.completedField()->isEnabled());

    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Encrypt laptops"));
    QTest::keyClicks(dialog.ownerField()->lineEdit(), QStringLiteral("Sam Ortiz"));
    dialog.dueField()->setDate(QDate(2026, 4, 1));
    QTest::keyClicks(dialog.evidenceEdit(), QStringLiteral("Intune compliance report"));
    dialog.citationPicker()->setCitations({QStringLiteral("164.312(a)(2)(iv)")});
    REQUIRE(dialog.saveButton()->isEnabled());
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);

    Result<std::vector<RemediationTask>> tasks = program.risks().tasks(fresh.riskId);
    REQUIRE(tasks);
    REQUIRE(tasks->size() == 1);
    const RemediationTask& task = tasks->front();
    CHECK(task.title == QStringLiteral("Encrypt laptops"));
    CHECK(task.owner == QStringLiteral("Sam Ortiz"));
    CHECK(task.dueOn == QDate(2026, 4, 1));
    CHECK(task.status == TaskStatus::Open);
    CHECK_FALSE(task.completedOn.isValid());
    CHECK(task.evidenceNote == QStringLiteral("Intune compliance report"));
    CHECK(task.citations == QStringList{QStringLiteral("164.312(a)(2)(iv)")});
    CHECK(dialog.savedTask().id == task.id);
}

TEST_CASE("RiskTaskDialog asks for the completion date only when done", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    RemediationTask task;
    task.riskId = addRisk(program);
    task.title = QStringLiteral("Inventory billing laptops");
    task.owner = QStringLiteral("Sam Ortiz");
    Result<RemediationTask> stored = program.risks().addTask(task);
    REQUIRE(stored);

    RiskTaskDialog dialog(program.risks(), *stored, {}, fixture.clock().today());
    CHECK(dialog.windowTitle() == QStringLiteral("Edit Task \u2014 Inventory billing laptops"));
    CHECK_FALSE(dialog.isModified());
    dialog.statusCombo()->setCurrentIndex(
        dialog.statusCombo()->findData(taskStatusKey(TaskStatus::Done)));
    CHECK(dialog.completedField()->isEnabled());
    CHECK(dialog.completedField()->date() == fixture.clock().today());

    dialog.completedField()->setDate(QDate(2026, 3, 5));
    CHECK(dialog.saveButton()->isEnabled() == false);
    CHECK(dialog.banner()->text().contains(QStringLiteral("in the future")));
    dialog.completedField()->setDate(QDate(2026, 2, 20));
    REQUIRE(dialog.save());
    CHECK(program.risks().tasks(task.riskId)->front().completedOn == QDate(2026, 2, 20));

    RiskTaskDialog reopened(program.risks(), dialog.savedTask(), {}, fixture.clock().today());
    reopened.statusCombo()->setCurrentIndex(
        reopened.statusCombo()->findData(taskStatusKey(TaskStatus::InProgress)));
    CHECK_FALSE(reopened.completedField()->isEnabled());
    CHECK_FALSE(reopened.task().completedOn.isValid());
    reopened.setReadOnly(true);
    CHECK(reopened.saveButton()->isHidden());
    CHECK_FALSE(reopened.save());
}
