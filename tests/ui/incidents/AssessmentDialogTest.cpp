#include "ui/incidents/AssessmentDialog.h"

#include "core/incidents/IncidentEntities.h"
#include "tests/ui/incidents/IncidentUiSamples.h"
#include "ui/incidents/BreachAssessmentForm.h"
#include "ui/widgets/MessageBanner.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("AssessmentDialog records the assessment with its audit event", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::misdirectedFax());

    AssessmentDialog dialog(program, id);
    CHECK(dialog.isNew());
    CHECK_FALSE(dialog.isModified());
    CHECK(dialog.form()->assessedByEdit()->text() == program.actor());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Information);
    CHECK(dialog.banner()->text().contains(QStringLiteral("State the conclusion")));

    for (int factor = 0; factor < BreachAssessment::factorCount; ++factor)
        dialog.form()
            ->narrativeEdit(BreachAssessment::Factor(factor))
            ->setPlainText(QStringLiteral("Returned unread."));
    dialog.form()->lowProbabilityButton()->setChecked(true);
    CHECK(dialog.isModified());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Warning);
    dialog.form()->conclusionEdit()->setPlainText(QStringLiteral("Low probability."));
    INFO(dialog.banner()->text().toStdString());
    REQUIRE(dialog.saveButton()->isEnabled());
    REQUIRE(dialog.save());

    const Incident stored = program.incidents().incident(id).value();
    REQUIRE(stored.assessment.has_value());
    CHECK(stored.assessment->lowProbability);
    CHECK(stored.assessment->conclusion == QStringLiteral("Low probability."));
    CHECK(stored.assessment->assessedOn == QDate(2026, 3, 1));
    CHECK(test::auditCount(program, incidententity::assessment(), QStringLiteral("created")) == 1);
}

TEST_CASE("AssessmentDialog asks before dropping edits of a recorded assessment", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::misdirectedFax());
    REQUIRE(program.incidents()
                .recordAssessment(id, test::lowProbabilityAssessment(QDate(2026, 3, 1)))
                .ok());

    AssessmentDialog dialog(program, id);
    CHECK_FALSE(dialog.isNew());
    CHECK(dialog.windowTitle().contains(QStringLiteral("Revise")));
    CHECK(dialog.form()->lowProbabilityButton()->isChecked());
    dialog.form()->breachButton()->setChecked(true);
    int asked = 0;
    dialog.setUnsavedChangesPrompt([&] {
        ++asked;
        return UnsavedChoice::KeepEditing;
    });
    CHECK_FALSE(dialog.requestClose());
    CHECK(asked == 1);
    dialog.setUnsavedChangesPrompt([] { return UnsavedChoice::Save; });
    CHECK(dialog.requestClose());
    CHECK_FALSE(program.incidents().incident(id).value().assessment->lowProbability);
    CHECK(test::auditCount(program, incidententity::assessment(), QStringLiteral("updated")) == 1);
}
