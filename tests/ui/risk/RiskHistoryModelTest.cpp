#include "ui/risk/RiskHistoryModel.h"

#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/risk/RiskEditorDialog.h"
#include "ui/risk/RiskEditorGeneralTab.h"
#include "ui/risk/RiskEditorTreatmentTab.h"
#include "ui/risk/RiskHistoryWidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

Risk addRisk(Program& program)
{
    Risk risk;
    risk.title = QStringLiteral("Laptops with unencrypted claim exports");
    risk.owner = QStringLiteral("Dana Whitfield");
    risk.identifiedOn = QDate(2026, 2, 1);
    risk.dueOn = QDate(2026, 4, 1);
    Result<Risk> added = program.risks().add(risk);
    REQUIRE(added);
    return *added;
}

QString cell(const RiskHistoryModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

TEST_CASE("RiskHistoryModel passes the item model tester", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    Risk risk = addRisk(program);
    RiskHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents(*program.risks().history(risk.id), RiskHistoryDiff());
    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.columnCount() == RiskHistoryModel::ColumnCount);

    fixture.clock().advanceDays(1);
    risk.owner = QStringLiteral("Priya Natarajan");
    REQUIRE(program.risks().update(risk));
    model.setEvents(*program.risks().history(risk.id), RiskHistoryDiff());
    CHECK(model.rowCount() == 2);
    model.setEvents({}, RiskHistoryDiff());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("RiskHistoryModel describes each change field by field", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    Asset laptops;
    laptops.name = QStringLiteral("Billing laptops");
    laptops.owner = QStringLiteral("IT lead");
    const Result<Asset> asset = program.assets().add(laptops);
    REQUIRE(asset);
    Risk risk = addRisk(program);

    fixture.clock().advanceDays(1);
    risk.status = RiskStatus::InRemediation;
    risk.treatment = RiskTreatment::Mitigate;
    risk.treatmentPlan = QStringLiteral("Encrypt every laptop");
    risk.dueOn = QDate(2026, 5, 1);
    risk.assetIds = {asset->id};
    REQUIRE(program.risks().update(risk));

    fixture.clock().advanceDays(1);
    RemediationTask task;
    task.riskId = risk.id;
    task.title = QStringLiteral("Encrypt laptops");
    task.owner = QStringLiteral("Sam Ortiz");
    Result<RemediationTask> added = program.risks().addTask(task);
    REQUIRE(added);
    task = *added;
    task.status = TaskStatus::Done;
    task.completedOn = QDate(2026, 3, 1);
    REQUIRE(program.risks().updateTask(task));

    RiskHistoryModel model;
    model.setEvents(*program.risks().history(risk.id),
                    RiskHistoryDiff({{asset->id, QStringLiteral("Billing laptops")}}));
    REQUIRE(model.rowCount() == 4);

    // Newest first.
    CHECK(cell(model, 0, RiskHistoryModel::ActionColumn) == QStringLiteral("Task updated"));
    CHECK(cell(model, 0, RiskHistoryModel::ChangesColumn) ==
          QStringLiteral("Task \u201cEncrypt laptops\u201d updated: Status: Open \u2192 Done; "
                         "Completed: none \u2192 2026-03-01"));
    CHECK(cell(model, 1, RiskHistoryModel::ChangesColumn) ==
          QStringLiteral("Task \u201cEncrypt laptops\u201d created"));

    const QString update = cell(model, 2, RiskHistoryModel::ChangesColumn);
    CHECK(cell(model, 2, RiskHistoryModel::ActionColumn) == QStringLiteral("Updated"));
    CHECK(update.contains(QStringLiteral("Status: Identified \u2192 In Remediation")));
    CHECK(update.contains(QStringLiteral("Due: 2026-04-01 \u2192 2026-05-01")));
    CHECK(update.contains(QStringLiteral("Assets: none \u2192 Billing laptops")));
    CHECK(update.contains(QStringLiteral("Treatment: Undecided \u2192 Mitigate")));
    // Fields in the editor's order, status before due date.
    CHECK(update.indexOf(QStringLiteral("Status:")) < update.indexOf(QStringLiteral("Due:")));

    const QString detail = cell(model, 2, 0, RiskHistoryModel::DetailRole);
    CHECK(detail.contains(
        QStringLiteral("Treatment plan\n    before: none\n    after:  Encrypt every laptop")));
    CHECK(cell(model, 2, RiskHistoryModel::ChangesColumn, Qt::ToolTipRole) == detail);

    CHECK(cell(model, 3, RiskHistoryModel::ActionColumn) == QStringLiteral("Created"));
    CHECK(cell(model, 3, RiskHistoryModel::ChangesColumn) ==
          QStringLiteral("Risk \u201cLaptops with unencrypted claim exports\u201d created"));
    CHECK(cell(model, 3, RiskHistoryModel::ActorColumn) == program.actor());
    CHECK(cell(model, 3, RiskHistoryModel::TimeColumn) ==
          model.eventAt(3).at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

TEST_CASE("RiskEditorDialog history lists a status change made in the editor", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const Risk risk = addRisk(program);
    {
        RiskEditorDialog dialog(program, risk.id);
        QComboBox* status = dialog.generalTab()->statusCombo();
        status->setCurrentIndex(status->findText(riskStatusLabel(RiskStatus::InRemediation)));
        QComboBox* treatment = dialog.treatmentTab()->treatmentCombo();
        treatment->setCurrentIndex(
            treatment->findText(riskTreatmentLabel(RiskTreatment::Transfer)));
        dialog.treatmentTab()->planEdit()->setPlainText(QStringLiteral("Cyber insurance rider"));
        REQUIRE(dialog.save());
    }
    RiskEditorDialog dialog(program, risk.id);
    RiskHistoryWidget* history = dialog.historyWidget();
    REQUIRE(history->model()->rowCount() == 2);
    CHECK(cell(*history->model(), 0, RiskHistoryModel::ChangesColumn)
              .contains(QStringLiteral("Status: Identified \u2192 In Remediation")));
    // The newest change is selected and shown in full below the list.
    CHECK(history->detailText().contains(QStringLiteral("after:  Cyber insurance rider")));

    RiskEditorDialog fresh(program, std::nullopt);
    CHECK(fresh.historyWidget()->messageText() ==
          QStringLiteral("The history starts when the risk is saved."));
}
