#include "ui/risk/RiskTaskPanel.h"

#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/risk/RiskTaskFixtures.h"
#include "ui/risk/RiskOwnerField.h"
#include "ui/risk/RiskTaskDialog.h"
#include "ui/risk/RiskTaskTableModel.h"
#include "ui/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

qint64 addRisk(Program& program)
{
    return test::risktasks::addLaptopRisk(program, QDate(2026, 1, 10));
}

RemediationTask addTask(Program& program, qint64 riskId, const QString& title, TaskStatus status,
                        const QDate& due = {})
{
    RemediationTask task;
    task.riskId = riskId;
    task.title = title;
    task.owner = QStringLiteral("Sam Ortiz");
    task.status = status;
    task.dueOn = due;
    if (status == TaskStatus::Done)
        task.completedOn = QDate(2026, 2, 10);
    Result<RemediationTask> added = program.risks().addTask(task);
    REQUIRE(added);
    return *added;
}

} // namespace

TEST_CASE("RiskTaskTableModel passes the item model tester and marks overdue tasks", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 riskId = addRisk(program);
    addTask(program, riskId, QStringLiteral("Block CSV export"), TaskStatus::Open,
            QDate(2026, 2, 15));
    addTask(program, riskId, QStringLiteral("Encrypt laptops"), TaskStatus::InProgress,
            QDate(2026, 3, 31));
    addTask(program, riskId, QStringLiteral("Inventory laptops"), TaskStatus::Done,
            QDate(2026, 2, 1));

    RiskTaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTasks(*program.risks().tasks(riskId), fixture.clock().today());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == RiskTaskTableModel::ColumnCount);

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    const int overdue = model.rowForTask(model.tasks()[0].id);
    CHECK(cell(overdue, RiskTaskTableModel::DueColumn).toString() ==
          QStringLiteral("2026-02-15 (overdue)"));
    CHECK(cell(overdue, RiskTaskTableModel::DueColumn, RiskTaskTableModel::OverdueRole).toBool());
    CHECK(cell(1, RiskTaskTableModel::DueColumn).toString() == QStringLiteral("2026-03-31"));
    // A done task is never overdue.
    CHECK_FALSE(cell(2, RiskTaskTableModel::DueColumn, RiskTaskTableModel::OverdueRole).toBool());
    CHECK(cell(2, RiskTaskTableModel::StatusColumn).toString() ==
          taskStatusLabel(TaskStatus::Done));
    CHECK(cell(2, RiskTaskTableModel::CompletedColumn).toString() == QStringLiteral("2026-02-10"));

    model.setTasks({}, fixture.clock().today());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("RiskTaskPanel adds a task through the task dialog", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 riskId = addRisk(program);
    RiskTaskPanel panel(program);
    panel.setRiskId(riskId);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    CHECK_FALSE(panel.isShowingPlaceholder());
    CHECK(panel.model()->rowCount() == 0);

    bool driven = false;
    QTimer::singleShot(0, &panel, [&] {
        auto* dialog = qobject_cast<RiskTaskDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Encrypt laptops"));
        QTest::keyClicks(dialog->ownerField()->lineEdit(), QStringLiteral("Sam Ortiz"));
        driven = true;
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    });
    QTest::mouseClick(panel.addButton(), Qt::LeftButton);
    REQUIRE(driven);

    Result<std::vector<RemediationTask>> tasks = program.risks().tasks(riskId);
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->front().title == QStringLiteral("Encrypt laptops"));
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK(panel.model()->taskAt(0).title == QStringLiteral("Encrypt laptops"));
    CHECK(panel.table()->selectionModel()->isRowSelected(0, {}));
}

TEST_CASE("RiskTaskPanel refuses to delete a done task with the register's reason", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 riskId = addRisk(program);
    const RemediationTask done =
        addTask(program, riskId, QStringLiteral("Inventory laptops"), TaskStatus::Done);
    const RemediationTask open =
        addTask(program, riskId, QStringLiteral("Encrypt laptops"), TaskStatus::Open);
    RiskTaskPanel panel(program);
    int confirmations = 0;
    bool confirm = true;
    panel.setDeleteConfirmation([&](const RemediationTask&) {
        ++confirmations;
        return confirm;
    });
    panel.setRiskId(riskId);
    REQUIRE(panel.model()->rowCount() == 2);

    panel.selectTask(done.id);
    CHECK(panel.deleteButton()->isEnabled());
    CHECK_FALSE(panel.deleteCurrentTask());
    CHECK(panel.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(panel.banner()->text().contains(QStringLiteral("Inventory laptops")));
    CHECK(panel.banner()->text().contains(QStringLiteral("must be kept until")));
    CHECK(program.risks().tasks(riskId)->size() == 2);

    panel.selectTask(open.id);
    confirm = false;
    CHECK_FALSE(panel.deleteCurrentTask());
    CHECK(program.risks().tasks(riskId)->size() == 2);
    confirm = true;
    CHECK(panel.deleteCurrentTask());
    CHECK(confirmations == 3);
    CHECK(panel.banner()->text().isEmpty());
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK(panel.model()->taskAt(0).id == done.id);
}
