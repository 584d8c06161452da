#include "ui/training/CompletionEditorDialog.h"

#include "tests/ui/training/TrainingUiSamples.h"
#include "ui/risk/RiskDateField.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("CompletionEditorDialog records a completion for a fixed person", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    Program& program = fixture.program();
    CompletionEditorDialog editor(program, std::nullopt, s.ravi);
    CHECK(editor.isNew());
    CHECK_FALSE(editor.personCombo()->isEnabled());
    CHECK(editor.personCombo()->currentData().toLongLong() == s.ravi);
    CHECK(editor.dateField()->date() == QDate(2026, 3, 1));
    CHECK(editor.dateField()->dateEdit()->maximumDate() == QDate(2026, 3, 1));
    CHECK(editor.attestationBox()->isChecked());

    editor.courseCombo()->setCurrentIndex(editor.courseCombo()->findData(s.refresher));
    CHECK(editor.attestationEdit()->toPlainText() ==
          editor.defaultAttestation(QStringLiteral("Annual HIPAA Refresher")));
    CHECK(editor.passedCheck()->isEnabled()); // no passing score: the user says
    editor.courseCombo()->setCurrentIndex(editor.courseCombo()->findData(s.coding));
    CHECK(editor.attestationEdit()->toPlainText().contains(QStringLiteral("Secure Remote Coding")));
    CHECK_FALSE(editor.passedCheck()->isEnabled());
    CHECK(editor.passedNote()->text().contains(QStringLiteral("80")));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->text().contains(QStringLiteral("enter the score")));

    editor.scoreSpin()->setValue(64);
    CHECK_FALSE(editor.passedCheck()->isChecked());
    editor.scoreSpin()->setValue(88);
    CHECK(editor.passedCheck()->isChecked());
    editor.dateField()->setDate(QDate(2026, 2, 20));
    editor.attestationEdit()->setPlainText(QStringLiteral("I will follow the remote work rules."));
    INFO(editor.banner()->text().toStdString());
    REQUIRE(editor.saveButton()->isEnabled());
    REQUIRE(editor.save());

    const std::vector<Completion> stored = program.training().completionsOf(s.ravi).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().courseId == s.coding);
    CHECK(stored.front().completedOn == QDate(2026, 2, 20));
    CHECK(stored.front().score == 88.0);
    CHECK(stored.front().passed);
    CHECK(stored.front().attestationText == QStringLiteral("I will follow the remote work rules."));
    CHECK(stored.front().attestedAt.isValid());
    CHECK(stored.front().source == CompletionSource::Manual);
}

TEST_CASE("CompletionEditorDialog refuses a duplicate and corrects a completion", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    Program& program = fixture.program();
    {
        CompletionEditorDialog editor(program, std::nullopt);
        CHECK(editor.personCombo()->isEnabled());
        // A terminated person is not offered for a new completion.
        CHECK(editor.personCombo()->findData(s.marcus) < 0);
        editor.personCombo()->setCurrentIndex(editor.personCombo()->findData(s.dana));
        editor.courseCombo()->setCurrentIndex(editor.courseCombo()->findData(s.refresher));
        editor.dateField()->setDate(QDate(2025, 2, 20));
        CHECK_FALSE(editor.saveButton()->isEnabled());
        CHECK(editor.banner()->text().contains(QStringLiteral("already on file")));
    }

    CompletionEditorDialog editor(program, s.danaCoding, s.dana);
    CHECK_FALSE(editor.isNew());
    CHECK_FALSE(editor.isModified());
    CHECK(editor.scoreSpin()->value() == 92.5);
    CHECK(editor.attestationEdit()->toPlainText() == QStringLiteral("I completed the course."));
    editor.scoreSpin()->setValue(95);
    editor.attestationBox()->setChecked(false);
    REQUIRE(editor.save());
    const Completion stored = program.training().completion(s.danaCoding).value();
    CHECK(stored.score == 95.0);
    CHECK(stored.attestationText.isEmpty());
    CHECK_FALSE(stored.attestedAt.isValid());
}
