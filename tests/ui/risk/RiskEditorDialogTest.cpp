#include "ui/risk/RiskEditorDialog.h"

#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/risk/RiskAssetField.h"
#include "ui/risk/RiskCitationPicker.h"
#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorAssessmentTab.h"
#include "ui/risk/RiskEditorGeneralTab.h"
#include "ui/risk/RiskEditorLevelChip.h"
#include "ui/risk/RiskEditorTreatmentTab.h"
#include "ui/risk/RiskLevelField.h"
#include "ui/risk/RiskOwnerField.h"
#include "ui/risk/RiskTaskPanel.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

Risk storedRisk(Program& program, const QString& title = QStringLiteral("Shared mailbox"))
{
    Risk risk;
    risk.title = title;
    risk.owner = QStringLiteral("Dana Whitfield");
    risk.identifiedOn = QDate(2026, 2, 1);
    Result<Risk> added = program.risks().add(risk);
    REQUIRE(added);
    return *added;
}

void typeOwner(RiskOwnerField* field, const QString& owner)
{
    field->lineEdit()->selectAll();
    QTest::keyClick(field->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(field->lineEdit(), owner);
}

void pick(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("RiskEditorDialog creates a risk with the fields typed", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    Asset laptops;
    laptops.name = QStringLiteral("Billing laptops");
    laptops.kind = AssetKind::WorkstationFleet;
    laptops.owner = QStringLiteral("IT lead");
    Result<Asset> asset = program.assets().add(laptops);
    REQUIRE(asset);

    RiskEditorDialog dialog(program, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.isNew());
    CHECK(dialog.windowTitle() == QStringLiteral("New Risk"));
    CHECK_FALSE(dialog.isModified());
    // Only the title is missing from a fresh form, and saying so is not an error yet.
    CHECK(dialog.banner()->text().contains(QStringLiteral("Give the risk a title")));
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Information);
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    RiskEditorGeneralTab* general = dialog.generalTab();
    QTest::keyClicks(general->titleEdit(),
                     QStringLiteral("Laptops with unencrypted claim exports"));
    QTest::keyClicks(general->descriptionEdit(), QStringLiteral("Exports sit on laptop disks."));
    typeOwner(general->ownerField(), QStringLiteral("Priya Natarajan"));
    general->assetField()->list()->item(0)->setCheckState(Qt::Checked);

    RiskEditorAssessmentTab* assessment = dialog.assessmentTab();
    QTest::keyClicks(assessment->threatEventEdit(), QStringLiteral("Laptop stolen from a car"));
    assessment->likelihoodField()->setLevel(RiskLevel::High);
    assessment->impactField()->setLevel(RiskLevel::VeryHigh);

    dialog.citationPicker()->setCitations({QStringLiteral("164.312(a)(2)(iv)")});

    CHECK(dialog.isModified());
    CHECK(dialog.banner()->text().isEmpty());
    REQUIRE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    Result<std::vector<Risk>> risks = program.risks().risks();
    REQUIRE(risks);
    REQUIRE(risks->size() == 1);
    const Risk& stored = risks->front();
    CHECK(stored.title == QStringLiteral("Laptops with unencrypted claim exports"));
    CHECK(stored.description == QStringLiteral("Exports sit on laptop disks."));
    CHECK(stored.owner == QStringLiteral("Priya Natarajan"));
    CHECK(stored.threatEvent == QStringLiteral("Laptop stolen from a car"));
    CHECK(stored.inherent == RiskRating{RiskLevel::High, RiskLevel::VeryHigh});
    CHECK(stored.identifiedOn == fixture.clock().today());
    CHECK(stored.assetIds == std::vector<qint64>{asset->id});
    CHECK(stored.citations == QStringList{QStringLiteral("164.312(a)(2)(iv)")});
    CHECK(stored.nextReassessmentOn == stored.identifiedOn.addYears(1));
    CHECK(dialog.savedRisk().id == stored.id);
}

TEST_CASE("RiskEditorDialog shows the level the register's matrix gives", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    RiskMatrix matrix = RiskMatrix::defaultMatrix();
    // Raise one cell so the chip can only be right if it reads this matrix.
    matrix.setLevel(RiskLevel::Moderate, RiskLevel::High, RiskLevel::High);
    REQUIRE(matrix.validate());
    REQUIRE(program.risks().setMatrix(matrix));

    RiskEditorDialog dialog(program, std::nullopt);
    RiskEditorAssessmentTab* tab = dialog.assessmentTab();
    RiskEditorLevelChip* chip = tab->levelChip();
    for (const RiskLevel likelihood : allRiskLevels()) {
        for (const RiskLevel impact : allRiskLevels()) {
            tab->likelihoodField()->setLevel(likelihood);
            tab->impactField()->setLevel(impact);
            REQUIRE(chip->level() == matrix.level(likelihood, impact));
            REQUIRE(chip->text() == QStringLiteral("Risk level: ") +
                                        riskLevelLabel(matrix.level(likelihood, impact)));
        }
    }
    tab->likelihoodField()->setLevel(RiskLevel::Moderate);
    tab->impactField()->setLevel(RiskLevel::High);
    CHECK(chip->text() == QStringLiteral("Risk level: High"));

    RiskEditorTreatmentTab* treatment = dialog.treatmentTab();
    CHECK(treatment->residualChip()->text() == QStringLiteral("Residual level: Not rated yet"));
    // Rating one half of the residual starts the other from the inherent rating.
    treatment->residualLikelihoodField()->setLevel(RiskLevel::VeryLow);
    CHECK(treatment->residualImpactField()->level() == RiskLevel::High);
    CHECK(treatment->residualChip()->level() == matrix.level(RiskLevel::VeryLow, RiskLevel::High));
    treatment->residualImpactField()->setLevel(std::nullopt);
    CHECK_FALSE(treatment->residualLikelihoodField()->level().has_value());
    CHECK_FALSE(dialog.candidate().residual.has_value());
}

TEST_CASE("RiskEditorDialog refuses a due date before identification", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    RiskEditorDialog dialog(program, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    RiskEditorGeneralTab* general = dialog.generalTab();
    QTest::keyClicks(general->titleEdit(), QStringLiteral("Fax machine in the hallway"));
    general->identifiedField()->setDate(QDate(2026, 2, 10));
    general->dueField()->setDate(QDate(2026, 1, 31));
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(dialog.banner()->text().contains(
        QStringLiteral("The due date 2026-01-31 is before the date the risk was identified "
                       "(2026-02-10).")));

    // Ctrl+S is refused with the reason, and nothing is stored.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog.banner()->text().startsWith(QStringLiteral("The risk was not saved")));
    CHECK_FALSE(dialog.save());
    CHECK(program.risks().risks()->empty());

    // Clearing the due date clears the problem.
    general->dueField()->noneCheck()->setChecked(true);
    CHECK_FALSE(general->dueField()->date().isValid());
    CHECK(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->text().isEmpty());
}

TEST_CASE("RiskEditorDialog keeps the edits when storing fails", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    RiskEditorDialog dialog(program, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.generalTab()->titleEdit(), QStringLiteral("Backups never tested"));
    REQUIRE(dialog.saveButton()->isEnabled());

    // A write the database refuses, as a full disk would.
    program.database().exec(
        QStringLiteral("CREATE TEMP TRIGGER refuse_risk BEFORE INSERT ON risk "
                       "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog.banner()->text().contains(QStringLiteral("Saving the risk failed")));
    CHECK(dialog.generalTab()->titleEdit()->text() == QStringLiteral("Backups never tested"));
    CHECK(dialog.isModified());

    program.database().exec(QStringLiteral("DROP TRIGGER refuse_risk"));
    CHECK(dialog.save());
    CHECK(program.risks().risks()->size() == 1);
}

TEST_CASE("RiskEditorDialog enables the acceptance fields only for Accept", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const Risk risk = storedRisk(program);
    RiskEditorDialog dialog(program, risk.id);
    RiskEditorTreatmentTab* tab = dialog.treatmentTab();
    CHECK_FALSE(tab->acceptanceGroup()->isEnabled());
    CHECK_FALSE(tab->approverEdit()->isEnabled());

    pick(tab->treatmentCombo(), riskTreatmentLabel(RiskTreatment::Accept));
    CHECK(tab->acceptanceGroup()->isEnabled());
    CHECK(tab->approverEdit()->isEnabled());
    tab->approverEdit()->setText(QStringLiteral("Board of directors"));
    CHECK(dialog.candidate().acceptance.approver == QStringLiteral("Board of directors"));

    pick(dialog.generalTab()->statusCombo(), riskStatusLabel(RiskStatus::Accepted));
    const QStringList problems = dialog.problems();
    CHECK(problems.contains(QStringLiteral("An accepted risk needs the date it was accepted.")));
    CHECK(problems.contains(
        QStringLiteral("An accepted risk needs the rationale for accepting it.")));

    pick(tab->treatmentCombo(), riskTreatmentLabel(RiskTreatment::Mitigate));
    CHECK_FALSE(tab->acceptanceGroup()->isEnabled());
    // The typed approver stays on screen but is not part of a mitigated risk.
    CHECK(tab->approverEdit()->text() == QStringLiteral("Board of directors"));
    CHECK(dialog.candidate().acceptance.isEmpty());
}

TEST_CASE("RiskEditorDialog asks before discarding edits", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const Risk risk = storedRisk(program);
    RiskEditorDialog dialog(program, risk.id);
    int asked = 0;
    RiskEditorDialog::UnsavedChoice answer = RiskEditorDialog::UnsavedChoice::KeepEditing;
    dialog.setUnsavedChangesPrompt([&] {
        ++asked;
        return answer;
    });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.windowTitle() == QStringLiteral("Risk R-0001 \u2014 Shared mailbox"));
    CHECK_FALSE(dialog.isModified());

    // The title is selected when the dialog opens; move past it.
    QTest::keyClick(dialog.generalTab()->titleEdit(), Qt::Key_End);
    QTest::keyClicks(dialog.generalTab()->titleEdit(), QStringLiteral(" of billing"));
    CHECK(dialog.isModified());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(asked == 1);
    CHECK(dialog.isVisible());

    // Typing the change away again leaves nothing to ask about.
    for (int i = 0; i < 11; ++i)
        QTest::keyClick(dialog.generalTab()->titleEdit(), Qt::Key_Backspace);
    CHECK_FALSE(dialog.isModified());

    dialog.assessmentTab()->impactField()->setLevel(RiskLevel::High);
    CHECK(dialog.isModified());
    answer = RiskEditorDialog::UnsavedChoice::Save;
    dialog.reject();
    CHECK(asked == 2);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(program.risks().risk(risk.id)->inherent.impact == RiskLevel::High);

    RiskEditorDialog second(program, risk.id);
    second.setUnsavedChangesPrompt([&] {
        ++asked;
        return RiskEditorDialog::UnsavedChoice::Discard;
    });
    second.show();
    second.reject();
    CHECK(asked == 2); // nothing edited, nothing asked
    CHECK(second.result() == QDialog::Rejected);
}

TEST_CASE("RiskEditorDialog asks to save a new risk before adding tasks", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    RiskEditorDialog dialog(program, std::nullopt);
    RiskTaskPanel* tasks = dialog.taskPanel();
    CHECK(tasks->isShowingPlaceholder());
    CHECK(tasks->placeholderText() ==
          QStringLiteral("Save the risk first to add remediation tasks."));

    QTest::keyClicks(dialog.generalTab()->titleEdit(), QStringLiteral("Visitor Wi-Fi shares LAN"));
    tasks->saveFirstButton()->click();
    CHECK_FALSE(dialog.isNew());
    CHECK_FALSE(tasks->isShowingPlaceholder());
    CHECK(tasks->riskId() == dialog.savedRisk().id);
    CHECK(tasks->addButton()->isEnabled());
    CHECK(dialog.windowTitle().startsWith(QStringLiteral("Risk R-0001")));
    CHECK(dialog.banner()->text().contains(QStringLiteral("Saved as R-0001")));
    CHECK_FALSE(dialog.isModified());
    // Closing now still reports the save.
    dialog.reject();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("RiskEditorDialog shows a snapshot read-only", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const Risk risk = storedRisk(program, QStringLiteral("Old title"));
    fixture.clock().advanceDays(2);
    Risk renamed = risk;
    renamed.title = QStringLiteral("New title");
    REQUIRE(program.risks().update(renamed));

    Result<RiskRegisterSnapshot> snapshot = program.risks().asOf(QDate(2026, 3, 1));
    REQUIRE(snapshot);
    CHECK(RiskEditorDialog::forSnapshot(program, *snapshot, 99) == nullptr);
    std::unique_ptr<RiskEditorDialog> dialog(
        RiskEditorDialog::forSnapshot(program, *snapshot, risk.id));
    REQUIRE(dialog);
    CHECK(dialog->isReadOnly());
    CHECK(dialog->generalTab()->titleEdit()->text() == QStringLiteral("Old title"));
    CHECK(dialog->generalTab()->titleEdit()->isReadOnly());
    CHECK(dialog->saveButton()->isHidden());
    CHECK_FALSE(dialog->save());
    CHECK(dialog->windowTitle().contains(QStringLiteral("as of 2026-03-01")));
    CHECK(program.risks().risk(risk.id)->title == QStringLiteral("New title"));
}

TEST_CASE("RiskEditorDialog follows the identification date for the assessment dates", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    RiskEditorDialog dialog(fixture.program(), std::nullopt);
    RiskEditorAssessmentTab* tab = dialog.assessmentTab();
    CHECK(tab->lastAssessedField()->date() == QDate(2026, 3, 1));
    CHECK(tab->nextReassessmentField()->date() == QDate(2027, 3, 1));
    CHECK(tab->nextHintText().contains(QStringLiteral("A year after the last assessment")));

    dialog.generalTab()->identifiedField()->setDate(QDate(2026, 1, 15));
    CHECK(tab->lastAssessedField()->date() == QDate(2026, 1, 15));
    CHECK(tab->nextReassessmentField()->date() == QDate(2027, 1, 15));

    tab->nextReassessmentField()->setDate(QDate(2026, 9, 1));
    CHECK(tab->nextHintText().contains(QStringLiteral("2027-01-15")));
    dialog.generalTab()->identifiedField()->setDate(QDate(2026, 1, 20));
    CHECK(tab->lastAssessedField()->date() == QDate(2026, 1, 20));
    CHECK(tab->nextReassessmentField()->date() == QDate(2026, 9, 1));
}

TEST_CASE("RiskEditorDialog hints where to add assets when there are none", "[ui][risk]")
{
    test::TemporaryProgram fixture;
    RiskEditorDialog dialog(fixture.program(), std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    RiskAssetField* assets = dialog.generalTab()->assetField();
    CHECK(assets->emptyHint()->isVisible());
    CHECK(assets->emptyHint()->text().startsWith(QStringLiteral("No assets yet")));
    CHECK_FALSE(assets->list()->isVisible());
}
