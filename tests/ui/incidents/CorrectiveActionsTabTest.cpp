#include "ui/incidents/CorrectiveActionsTab.h"

#include "tests/ui/incidents/IncidentUiSamples.h"
#include "ui/incidents/CorrectiveActionDialog.h"
#include "ui/incidents/CorrectiveActionModel.h"
#include "ui/risk/RiskDateField.h"
#include "ui/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("CorrectiveActionDialog adds and changes an action", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    qint64 actionId = 0;
    {
        CorrectiveActionDialog dialog(program, id);
        CHECK(dialog.isNew());
        CHECK(dialog.dueField()->date() == QDate(2026, 3, 31));
        CHECK_FALSE(dialog.saveButton()->isEnabled());
        CHECK(
            dialog.banner()->text().contains(QStringLiteral("Say what the corrective action is")));
        dialog.titleEdit()->setText(QStringLiteral("Encrypt every billing laptop"));
        dialog.notesEdit()->setPlainText(QStringLiteral("BitLocker with TPM and PIN."));
        dialog.ownerEdit()->setText(QStringLiteral("IT"));
        REQUIRE(dialog.save());
        actionId = dialog.savedAction().id;
    }
    CorrectiveActionDialog edit(program, id, actionId);
    CHECK_FALSE(edit.isNew());
    CHECK(edit.notesEdit()->toPlainText() == QStringLiteral("BitLocker with TPM and PIN."));
    edit.ownerEdit()->setText(QStringLiteral("Sam Ortiz"));
    REQUIRE(edit.save());
    const std::vector<CorrectiveAction> actions = program.correctiveActions().actions(id).value();
    REQUIRE(actions.size() == 1);
    CHECK(actions.front().owner == QStringLiteral("Sam Ortiz"));
    CHECK(actions.front().dueOn == QDate(2026, 3, 31));
}

TEST_CASE("CorrectiveActionsTab lists actions, flags overdue ones and marks them done",
          "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    CorrectiveActionsTab tab(program);
    QAbstractItemModelTester tester(tab.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab.setIncident(id);
    CHECK(tab.emptyLabel()->isVisibleTo(&tab));
    CHECK(tab.title() == QStringLiteral("Actions"));
    CHECK_FALSE(tab.doneButton()->isEnabled());

    CorrectiveAction late;
    late.incidentId = id;
    late.title = QStringLiteral("Retrain on locking cars");
    late.dueOn = QDate(2026, 2, 15);
    const qint64 lateId = program.correctiveActions().addAction(late).value().id;
    CorrectiveAction later;
    later.incidentId = id;
    later.title = QStringLiteral("Review device policy");
    later.dueOn = QDate(2026, 4, 1);
    REQUIRE(program.correctiveActions().addAction(later).ok());

    CHECK(tab.model()->rowCount() == 2);
    CHECK(tab.title() == QStringLiteral("Actions 2"));
    const int row = tab.model()->rowForId(lateId);
    const QModelIndex state = tab.model()->index(row, CorrectiveActionModel::StateColumn);
    CHECK(state.data().toString() == QStringLiteral("Overdue by 14 day(s)"));
    CHECK(state.data(CorrectiveActionModel::OverdueRole).toBool());
    CHECK(state.data(Qt::ForegroundRole).isValid());

    REQUIRE(tab.selectAction(lateId));
    CHECK(tab.doneButton()->isEnabled());
    REQUIRE(tab.completeSelected(QDate(2026, 2, 28)));
    CHECK(tab.model()->actionAt(tab.model()->rowForId(lateId)).doneOn == QDate(2026, 2, 28));
    CHECK(tab.title() == QStringLiteral("Actions 1"));
    REQUIRE(tab.selectAction(lateId));
    CHECK_FALSE(tab.doneButton()->isEnabled());
    CHECK(tab.model()
              ->index(tab.model()->rowForId(lateId), CorrectiveActionModel::StateColumn)
              .data()
              .toString() == QStringLiteral("Done 2026-02-28"));
}
