#include "ui/training/PhishingCampaignDialog.h"

#include "tests/ui/training/TrainingMatrixSamples.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::trainingui;

TEST_CASE("PhishingCampaignDialog records a simulation through the register", "[ui][training]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    PhishingCampaignDialog dialog(program.phishing(), PhishingCampaign{}, sampleToday());
    CHECK(dialog.isNew());
    CHECK_FALSE(dialog.isModified());
    CHECK(dialog.dateEdit()->date() == sampleToday());
    CHECK(dialog.dateEdit()->maximumDate() == sampleToday());
    // A blank form says what is needed without alarm, and cannot be saved.
    CHECK_FALSE(dialog.problems().isEmpty());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Information);

    dialog.dateEdit()->setDate(QDate(2026, 2, 12));
    dialog.templateEdit()->setText(QStringLiteral("Payroll portal password reset"));
    dialog.recipientsSpin()->setValue(48);
    dialog.clickedSpin()->setValue(60);
    // More clicks than recipients is refused before it reaches the register.
    CHECK_FALSE(dialog.problems().isEmpty());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Warning);
    dialog.clickedSpin()->setValue(6);
    dialog.reportedSpin()->setValue(18);
    dialog.trainedSpin()->setValue(5);
    dialog.notesEdit()->setPlainText(QStringLiteral("Sent to all staff"));
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.saveButton()->isEnabled());
    CHECK(dialog.ratesLabel()->text().startsWith(QStringLiteral("12.5\u00a0% clicked")));
    CHECK(dialog.ratesLabel()->text().contains(QStringLiteral("37.5\u00a0% reported")));
    CHECK(dialog.ratesLabel()->text().contains(QStringLiteral("83.3\u00a0% of those who clicked")));

    REQUIRE(dialog.save());
    CHECK(dialog.result() == QDialog::Accepted);
    const Result<std::vector<PhishingCampaign>> stored = program.phishing().campaigns();
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    const PhishingCampaign& saved = stored->front();
    CHECK(saved.id == dialog.savedCampaign().id);
    CHECK(saved.runOn == QDate(2026, 2, 12));
    CHECK(saved.templateName == QStringLiteral("Payroll portal password reset"));
    CHECK(saved.recipients == 48);
    CHECK(saved.clicked == 6);
    CHECK(saved.reported == 18);
    CHECK(saved.trainedAfterClick == 5);
    CHECK(saved.notes == QStringLiteral("Sent to all staff"));

    // Correcting it updates the same campaign.
    PhishingCampaignDialog edit(program.phishing(), saved, sampleToday());
    CHECK_FALSE(edit.isNew());
    CHECK_FALSE(edit.isModified());
    CHECK(edit.templateEdit()->text() == saved.templateName);
    edit.reportedSpin()->setValue(21);
    CHECK(edit.isModified());
    REQUIRE(edit.save());
    const Result<PhishingCampaign> updated = program.phishing().campaign(saved.id);
    REQUIRE(updated);
    CHECK(updated->reported == 21);
    CHECK(program.phishing().campaigns()->size() == 1);
}
