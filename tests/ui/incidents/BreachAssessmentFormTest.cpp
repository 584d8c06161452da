#include "ui/incidents/BreachAssessmentForm.h"

#include "tests/ui/incidents/IncidentUiSamples.h"
#include "ui/risk/RiskDateField.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("BreachAssessmentForm round-trips an assessment", "[incidents][ui]")
{
    BreachAssessmentForm form;
    form.setDates(QDate(2026, 2, 28), QDate(2026, 3, 1));
    BreachAssessment value = test::lowProbabilityAssessment(QDate(2026, 3, 1));
    value.answers[BreachAssessment::UnauthorizedPerson].rating = FactorRating::Moderate;
    value.answers[BreachAssessment::Mitigation].narrative = QStringLiteral("Attested destroyed.");
    form.setAssessment(value);

    CHECK(form.assessment() == value);
    CHECK(form.problems().isEmpty());
    CHECK(form.lowProbabilityButton()->isChecked());
    CHECK(form.ratingCombo(BreachAssessment::UnauthorizedPerson)->currentText() ==
          factorRatingLabel(FactorRating::Moderate));
    CHECK(form.narrativeEdit(BreachAssessment::Mitigation)->toPlainText() ==
          QStringLiteral("Attested destroyed."));

    QSignalSpy changed(&form, &BreachAssessmentForm::changed);
    form.breachButton()->setChecked(true);
    CHECK(changed.count() >= 1);
    CHECK_FALSE(form.assessment().lowProbability);
}

TEST_CASE("BreachAssessmentForm reports the validator's problems", "[incidents][ui]")
{
    BreachAssessmentForm form;
    form.setDates(QDate(2026, 2, 28), QDate(2026, 3, 1));
    // A blank form defaults to today and a breach, with everything else to say.
    CHECK(form.assessedOnField()->date() == QDate(2026, 3, 1));
    CHECK(form.breachButton()->isChecked());
    const QStringList blank = form.problems();
    CHECK(blank.size() == 6); // four narratives, the conclusion, the assessor
    CHECK(blank.join(QLatin1Char(' ')).contains(breachFactorTitle(BreachAssessment::Mitigation)));

    form.setAssessment(test::lowProbabilityAssessment(QDate(2026, 2, 20)));
    const QStringList early = form.problems();
    REQUIRE(early.size() == 1);
    CHECK(early.front().contains(QStringLiteral("before the incident was discovered")));

    form.setAssessment(test::lowProbabilityAssessment(QDate(2026, 3, 1)));
    form.assessedByEdit()->setText(QStringLiteral("   "));
    CHECK(form.problems() == QStringList{QStringLiteral("Name who made the assessment.")});
}
