#include "ui/training/PersonEditorDialog.h"

#include "tests/ui/assets/ModalDriver.h"
#include "tests/ui/training/TrainingUiSamples.h"
#include "ui/risk/RiskDateField.h"
#include "ui/training/WorkforceRolesDialog.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

void tick(QListWidget* list, const QString& label, bool checked = true)
{
    const QList<QListWidgetItem*> found = list->findItems(label, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    found.front()->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace

TEST_CASE("PersonEditorDialog adds a person with roles and PHI access", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    Program& program = fixture.program();
    PersonEditorDialog editor(program, std::nullopt);
    CHECK(editor.isNew());
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->text().contains(QStringLiteral("employee ID")));
    CHECK(editor.roleList()->count() == 7);
    CHECK(editor.departmentCombo()->findText(QStringLiteral("Billing")) >= 0);
    CHECK_FALSE(editor.terminatedField()->isEnabled());

    editor.nameEdit()->setText(QStringLiteral("Priya Nair"));
    editor.employeeIdEdit()->setText(QStringLiteral("e-1001"));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->text().contains(QStringLiteral("Dana Whitfield")));
    CHECK(editor.banner()->kind() == MessageBanner::Kind::Warning);
    editor.employeeIdEdit()->setText(QStringLiteral("E-1010"));
    editor.emailEdit()->setText(QStringLiteral("priya@riverbend.example"));
    editor.departmentCombo()->setCurrentText(QStringLiteral("Billing"));
    tick(editor.roleList(), QStringLiteral("Billing"));
    tick(editor.roleList(), QStringLiteral("Remote coder"));
    editor.hiredField()->setDate(QDate(2026, 2, 2));
    editor.phiAccessField()->noneCheck()->setChecked(false);
    editor.phiAccessField()->setDate(QDate(2026, 1, 30));
    CHECK_FALSE(editor.saveButton()->isEnabled()); // access before hire
    editor.phiAccessField()->setDate(QDate(2026, 2, 9));
    INFO(editor.banner()->text().toStdString());
    REQUIRE(editor.saveButton()->isEnabled());
    REQUIRE(editor.save());

    const Person saved = editor.savedPerson();
    CHECK(saved.id != 0);
    Result<Person> stored = program.workforce().person(saved.id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Priya Nair"));
    CHECK(stored->department == QStringLiteral("Billing"));
    CHECK(stored->roles == QStringList{QStringLiteral("billing"), QStringLiteral("remote_coder")});
    CHECK(stored->hiredOn == QDate(2026, 2, 2));
    CHECK(stored->phiAccessOn == QDate(2026, 2, 9));
    CHECK(stored->status == PersonStatus::Active);
    CHECK(s.dana != saved.id);
}

TEST_CASE("PersonEditorDialog terminates a person with a date", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    Program& program = fixture.program();
    PersonEditorDialog editor(program, s.ravi);
    CHECK_FALSE(editor.isNew());
    CHECK_FALSE(editor.isModified());
    CHECK(editor.nameEdit()->text() == QStringLiteral("Ravi Chandra"));
    CHECK(editor.phiAccessField()->date() == QDate(2025, 6, 2));

    editor.statusCombo()->setCurrentIndex(
        editor.statusCombo()->findData(personStatusKey(PersonStatus::Terminated)));
    CHECK(editor.terminatedField()->isEnabled());
    editor.terminatedField()->setDate(QDate(2025, 1, 1));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->text().contains(QStringLiteral("before the hire date")));
    editor.terminatedField()->setDate(QDate(2026, 2, 27));
    editor.phiAccessField()->noneCheck()->setChecked(true);
    CHECK(editor.isModified());
    REQUIRE(editor.save());
    const Person stored = program.workforce().person(s.ravi).value();
    CHECK(stored.status == PersonStatus::Terminated);
    CHECK(stored.terminatedOn == QDate(2026, 2, 27));
    CHECK_FALSE(stored.phiAccessOn.isValid());
}

TEST_CASE("WorkforceRolesDialog adds, renames and removes roles, showing refusals",
          "[training][ui]")
{
    test::TemporaryProgram fixture;
    test::addTrainingSample(fixture);
    Program& program = fixture.program();
    WorkforceRolesDialog dialog(program);
    CHECK(dialog.list()->count() == 7);
    CHECK_FALSE(dialog.hasChanged());

    REQUIRE(dialog.addRole(QStringLiteral("Front desk")));
    CHECK(dialog.selectedKey() == QStringLiteral("front_desk"));
    CHECK(dialog.list()->count() == 8);
    CHECK(dialog.hasChanged());
    CHECK_FALSE(dialog.addRole(QStringLiteral("front DESK")));
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(dialog.banner()->text().contains(QStringLiteral("Front desk")));

    REQUIRE(dialog.renameSelected(QStringLiteral("Reception")));
    CHECK(dialog.list()->currentItem()->text() == QStringLiteral("Reception"));
    REQUIRE(dialog.removeSelected());
    CHECK(dialog.list()->count() == 7);

    // A role people hold is refused, and the list stays as it was.
    REQUIRE(dialog.selectRole(QStringLiteral("coder")));
    CHECK_FALSE(dialog.removeSelected());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(dialog.banner()->text().startsWith(QStringLiteral("Coder was not removed")));
    CHECK(program.workforce().roles()->size() == 7);

    // The Delete key asks first; cancelling keeps the role.
    bool seen = false;
    test::answerMessageBox(QMessageBox::Cancel, &seen);
    dialog.removeButton()->click();
    CHECK(seen);
    CHECK(program.workforce().roles()->size() == 7);
}

TEST_CASE("PersonEditorDialog picks up roles added through Edit Roles", "[training][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    PersonEditorDialog editor(program, std::nullopt);
    tick(editor.roleList(), QStringLiteral("Coder"));
    bool seen = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            auto* roles = qobject_cast<WorkforceRolesDialog*>(dialog);
            if (roles)
                roles->addRole(QStringLiteral("Scheduler"));
            dialog->accept();
        },
        &seen);
    editor.editRolesButton()->click();
    CHECK(seen);
    REQUIRE(editor.roleList()->count() == 8);
    CHECK(editor.roleList()->findItems(QStringLiteral("Scheduler"), Qt::MatchExactly).size() == 1);
    CHECK(editor.candidate().roles == QStringList{QStringLiteral("coder")});
}
