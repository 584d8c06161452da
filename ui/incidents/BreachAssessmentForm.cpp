#include "ui/incidents/BreachAssessmentForm.h"

#include "core/incidents/IncidentValidator.h"
#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/widgets/PanelLabels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace palisade::ui {

BreachAssessmentForm::BreachAssessmentForm(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_lowProbability(new QRadioButton(
          tr("&Low probability that the PHI was compromised \u2014 not a breach"), this))
    , m_breach(new QRadioButton(tr("&Not demonstrated \u2014 a breach"), this))
    , m_conclusion(RiskEditorText::multiLine(this, 3))
    , m_assessedBy(new QLineEdit(this))
    , m_assessedOn(new RiskDateField(this))
{
    setObjectName(QStringLiteral("breachAssessmentForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int factor = 0; factor < BreachAssessment::factorCount; ++factor)
        layout->addWidget(buildFactor(BreachAssessment::Factor(factor)));

    auto* conclusion = new QGroupBox(tr("Conclusion"), this);
    conclusion->setObjectName(QStringLiteral("assessmentConclusion"));
    m_lowProbability->setObjectName(QStringLiteral("assessmentLowProbability"));
    m_breach->setObjectName(QStringLiteral("assessmentBreach"));
    m_breach->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_lowProbability);
    group->addButton(m_breach);
    m_conclusion->setObjectName(QStringLiteral("assessmentReasoning"));
    m_conclusion->setAccessibleName(tr("Reasoning for the conclusion"));
    m_conclusion->setPlaceholderText(
        tr("Why the conclusion follows from the four factors, in your words"));
    m_assessedBy->setObjectName(QStringLiteral("assessmentAssessedBy"));
    m_assessedOn->setObjectName(QStringLiteral("assessmentAssessedOn"));
    m_assessedOn->setToolTip(tr("Not before the discovery, not in the future"));

    auto* conclusionLayout = new QVBoxLayout(conclusion);
    conclusionLayout->addWidget(PanelLabels::hint(
        tr("Unless the assessment shows a low probability that the PHI has been compromised, "
           "the incident is a breach and every notice is owed (45 CFR 164.402)."),
        conclusion));
    conclusionLayout->addWidget(m_lowProbability);
    conclusionLayout->addWidget(m_breach);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Reasoning:"), m_conclusion);
    form->addRow(tr("Assessed &by:"), m_assessedBy);
    form->addRow(tr("Assessed &on:"), m_assessedOn);
    conclusionLayout->addLayout(form);
    layout->addWidget(conclusion);

    connect(m_lowProbability, &QRadioButton::toggled, this, &BreachAssessmentForm::changed);
    connect(m_conclusion, &QPlainTextEdit::textChanged, this, &BreachAssessmentForm::changed);
    connect(m_assessedBy, &QLineEdit::textChanged, this, &BreachAssessmentForm::changed);
    connect(m_assessedOn, &RiskDateField::dateChanged, this, &BreachAssessmentForm::changed);

    QWidget* previous = nullptr;
    for (const FactorFields& fields : m_factors) {
        if (previous)
            setTabOrder(previous, fields.rating);
        setTabOrder(fields.rating, fields.narrative);
        previous = fields.narrative;
    }
    setTabOrder(previous, m_lowProbability);
    setTabOrder(m_lowProbability, m_breach);
    setTabOrder(m_breach, m_conclusion);
    setTabOrder(m_conclusion, m_assessedBy);
    setTabOrder(m_assessedBy, m_assessedOn);

    setAssessment(BreachAssessment());
}

QWidget* BreachAssessmentForm::buildFactor(BreachAssessment::Factor factor)
{
    auto* box =
        new QGroupBox(tr("%1. %2").arg(int(factor) + 1).arg(breachFactorTitle(factor)), this);
    box->setObjectName(QStringLiteral("assessmentFactor%1").arg(int(factor) + 1));
    FactorFields& fields = m_factors[std::size_t(factor)];
    fields.rating = new QComboBox(box);
    fields.rating->setObjectName(QStringLiteral("assessmentRating%1").arg(int(factor) + 1));
    fields.rating->setAccessibleName(tr("Rating: %1").arg(breachFactorTitle(factor)));
    for (const FactorRating rating : allFactorRatings())
        fields.rating->addItem(factorRatingLabel(rating), factorRatingKey(rating));
    fields.narrative = RiskEditorText::multiLine(box, 3);
    fields.narrative->setObjectName(QStringLiteral("assessmentNarrative%1").arg(int(factor) + 1));
    fields.narrative->setAccessibleName(tr("Reasoning: %1").arg(breachFactorTitle(factor)));
    fields.narrative->setPlaceholderText(tr("What you found, and why it rates as it does"));

    auto* question = PanelLabels::hint(breachFactorQuestion(factor), box);
    auto* ratingLabel = new QLabel(tr("Ra&ting:"), box);
    ratingLabel->setBuddy(fields.rating);
    auto* ratingRow = new QHBoxLayout;
    ratingRow->addWidget(ratingLabel);
    ratingRow->addWidget(fields.rating);
    ratingRow->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(question);
    layout->addLayout(ratingRow);
    layout->addWidget(fields.narrative);

    connect(fields.rating, &QComboBox::currentIndexChanged, this, &BreachAssessmentForm::changed);
    connect(fields.narrative, &QPlainTextEdit::textChanged, this, &BreachAssessmentForm::changed);
    return box;
}

void BreachAssessmentForm::setDates(const QDate& discoveredOn, const QDate& today)
{
    m_discoveredOn = discoveredOn;
    const QDate previousToday = m_today;
    m_today = today;
    {
        const QSignalBlocker quiet(m_assessedOn);
        m_assessedOn->dateEdit()->setMaximumDate(today);
        // The offered day follows the new today unless another was chosen.
        if (m_assessedOn->date() == previousToday || m_assessedOn->date() > today)
            m_assessedOn->setDate(today);
    }
    emit changed();
}

void BreachAssessmentForm::setAssessment(const BreachAssessment& assessment)
{
    {
        const QSignalBlocker quiet(this);
        for (int factor = 0; factor < BreachAssessment::factorCount; ++factor) {
            const BreachAssessment::Answer& answer = assessment.answers[std::size_t(factor)];
            FactorFields& fields = m_factors[std::size_t(factor)];
            fields.rating->setCurrentIndex(fields.rating->findData(factorRatingKey(answer.rating)));
            fields.narrative->setPlainText(answer.narrative);
        }
        m_lowProbability->setChecked(assessment.lowProbability);
        m_breach->setChecked(!assessment.lowProbability);
        m_conclusion->setPlainText(assessment.conclusion);
        m_assessedBy->setText(assessment.assessedBy);
        m_assessedOn->setDate(assessment.assessedOn.isValid() ? assessment.assessedOn : m_today);
    }
    emit changed();
}

BreachAssessment BreachAssessmentForm::assessment() const
{
    BreachAssessment value;
    for (int factor = 0; factor < BreachAssessment::factorCount; ++factor) {
        const FactorFields& fields = m_factors[std::size_t(factor)];
        BreachAssessment::Answer& answer = value.answers[std::size_t(factor)];
        answer.rating = factorRatingFromKey(fields.rating->currentData().toString())
                            .value_or(FactorRating::High);
        answer.narrative = fields.narrative->toPlainText();
    }
    value.lowProbability = m_lowProbability->isChecked();
    value.conclusion = m_conclusion->toPlainText();
    value.assessedBy = m_assessedBy->text();
    value.assessedOn = m_assessedOn->date();
    IncidentValidator::normalize(value);
    return value;
}

QStringList BreachAssessmentForm::problems() const
{
    return IncidentValidator::problems(assessment(), m_discoveredOn, m_today);
}

void BreachAssessmentForm::setReadOnly(bool readOnly)
{
    for (const FactorFields& fields : m_factors) {
        fields.rating->setEnabled(!readOnly);
        fields.narrative->setReadOnly(readOnly);
    }
    m_lowProbability->setEnabled(!readOnly);
    m_breach->setEnabled(!readOnly);
    m_conclusion->setReadOnly(readOnly);
    m_assessedBy->setReadOnly(readOnly);
    m_assessedOn->setReadOnly(readOnly);
}

QComboBox* BreachAssessmentForm::ratingCombo(BreachAssessment::Factor factor) const
{
    return m_factors[std::size_t(factor)].rating;
}

QPlainTextEdit* BreachAssessmentForm::narrativeEdit(BreachAssessment::Factor factor) const
{
    return m_factors[std::size_t(factor)].narrative;
}

} // namespace palisade::ui
