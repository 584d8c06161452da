#pragma once

#include "core/risk/Risk.h"
#include "core/risk/RiskMatrix.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace palisade::ui {

class RiskDateField;
class RiskEditorLevelChip;
class RiskLevelField;

// The "Assessment" tab of the risk editor: threat, vulnerability and existing
// controls, the inherent likelihood and impact with the level the matrix gives
// them, and when the risk was last and will next be assessed. Until the user
// sets them, the last assessment follows the identification date and the next
// one follows a year after the last, as the register would store them.
class RiskEditorAssessmentTab : public QWidget
{
    Q_OBJECT

public:
    explicit RiskEditorAssessmentTab(QWidget* parent = nullptr);

    void setMatrix(const RiskMatrix& matrix);
    void load(const Risk& risk);
    void apply(Risk& risk) const;
    void setReadOnly(bool readOnly);
    // Moves the last assessment along with the identification date while the
    // two have been the same.
    void followIdentifiedDate(const QDate& identified);
    // The day a changed rating would be recorded as reassessed; invalid for a new risk.
    void setReassessmentDay(const QDate& today) { m_today = today; }

    RiskRating rating() const;

    QLineEdit* threatSourceEdit() const { return m_threatSource; }
    QLineEdit* threatEventEdit() const { return m_threatEvent; }
    QPlainTextEdit* vulnerabilityEdit() const { return m_vulnerability; }
    QPlainTextEdit* controlsEdit() const { return m_controls; }
    RiskLevelField* likelihoodField() const { return m_likelihood; }
    RiskLevelField* impactField() const { return m_impact; }
    RiskEditorLevelChip* levelChip() const { return m_level; }
    RiskDateField* lastAssessedField() const { return m_lastAssessed; }
    RiskDateField* nextReassessmentField() const { return m_next; }
    QString nextHintText() const;

signals:
    void edited();
    void ratingChanged();

private:
    void updateLevel();
    void lastAssessedChanged();
    void nextChanged();
    void setDateQuietly(RiskDateField* field, const QDate& date);

    RiskMatrix m_matrix;
    RiskRating m_loadedRating;
    QDate m_loadedLast;
    QDate m_identified;
    QDate m_today;
    bool m_lastFollowsIdentified = true;
    bool m_nextFollowsLast = true;
    bool m_updating = false;
    QLineEdit* m_threatSource;
    QLineEdit* m_threatEvent;
    QPlainTextEdit* m_vulnerability;
    QPlainTextEdit* m_controls;
    RiskLevelField* m_likelihood;
    RiskLevelField* m_impact;
    RiskEditorLevelChip* m_level;
    QLabel* m_reassessHint;
    RiskDateField* m_lastAssessed;
    RiskDateField* m_next;
    QLabel* m_nextHint;
};

} // namespace palisade::ui
