#pragma once

#include "core/incidents/BreachAssessment.h"

#include <QDate>
#include <QStringList>
#include <QWidget>
#include <array>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace palisade::ui {

class RiskDateField;

// The 164.402(2) risk assessment as a form: for each of the four factors its
// title, the question it asks, a rating and the reasoning; then the
// conclusion (a low probability that the PHI was compromised, or not), why,
// who assessed and when. problems() are the core validator's.
class BreachAssessmentForm : public QWidget
{
    Q_OBJECT

public:
    explicit BreachAssessmentForm(QWidget* parent = nullptr);

    // The dates the assessment is checked against: it cannot come before the
    // discovery nor lie after `today`, which is also the default assessment day.
    void setDates(const QDate& discoveredOn, const QDate& today);

    void setAssessment(const BreachAssessment& assessment);
    BreachAssessment assessment() const;
    QStringList problems() const;
    void setReadOnly(bool readOnly);

    QComboBox* ratingCombo(BreachAssessment::Factor factor) const;
    QPlainTextEdit* narrativeEdit(BreachAssessment::Factor factor) const;
    QRadioButton* lowProbabilityButton() const { return m_lowProbability; }
    QRadioButton* breachButton() const { return m_breach; }
    QPlainTextEdit* conclusionEdit() const { return m_conclusion; }
    QLineEdit* assessedByEdit() const { return m_assessedBy; }
    RiskDateField* assessedOnField() const { return m_assessedOn; }

signals:
    void changed();

private:
    struct FactorFields
    {
        QComboBox* rating = nullptr;
        QPlainTextEdit* narrative = nullptr;
    };

    QWidget* buildFactor(BreachAssessment::Factor factor);

    QDate m_discoveredOn;
    QDate m_today;
    std::array<FactorFields, BreachAssessment::factorCount> m_factors;
    QRadioButton* m_lowProbability;
    QRadioButton* m_breach;
    QPlainTextEdit* m_conclusion;
    QLineEdit* m_assessedBy;
    RiskDateField* m_assessedOn;
};

} // namespace palisade::ui
