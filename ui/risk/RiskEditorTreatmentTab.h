#pragma once

#include "core/risk/Risk.h"
#include "core/risk/RiskMatrix.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace palisade::ui {

class RiskDateField;
class RiskEditorLevelChip;
class RiskLevelField;

// The "Treatment" tab of the risk editor: how the organization responds, the
// plan, the residual rating once treated, and the record of an acceptance,
// which can only be filled in when the treatment is Accept.
class RiskEditorTreatmentTab : public QWidget
{
    Q_OBJECT

public:
    explicit RiskEditorTreatmentTab(QWidget* parent = nullptr);

    void setMatrix(const RiskMatrix& matrix);
    // The inherent rating, offered as the starting point of a residual one.
    void setInherent(const RiskRating& rating) { m_inherent = rating; }
    void setToday(const QDate& today);

    void load(const Risk& risk);
    void apply(Risk& risk) const;
    void setReadOnly(bool readOnly);

    RiskTreatment treatment() const;
    std::optional<RiskRating> residual() const;

    QComboBox* treatmentCombo() const { return m_treatment; }
    QPlainTextEdit* planEdit() const { return m_plan; }
    RiskLevelField* residualLikelihoodField() const { return m_residualLikelihood; }
    RiskLevelField* residualImpactField() const { return m_residualImpact; }
    RiskEditorLevelChip* residualChip() const { return m_residualLevel; }
    QGroupBox* acceptanceGroup() const { return m_acceptance; }
    QLineEdit* approverEdit() const { return m_approver; }
    RiskDateField* acceptedOnField() const { return m_acceptedOn; }
    QPlainTextEdit* rationaleEdit() const { return m_rationale; }
    RiskDateField* expiresField() const { return m_expires; }

signals:
    void edited();

private:
    void treatmentChanged();
    void residualChanged(RiskLevelField* changed);
    void updateResidualLevel();

    RiskMatrix m_matrix;
    RiskRating m_inherent;
    bool m_readOnly = false;
    QComboBox* m_treatment;
    QPlainTextEdit* m_plan;
    RiskLevelField* m_residualLikelihood;
    RiskLevelField* m_residualImpact;
    RiskEditorLevelChip* m_residualLevel;
    QGroupBox* m_acceptance;
    QLineEdit* m_approver;
    RiskDateField* m_acceptedOn;
    QPlainTextEdit* m_rationale;
    RiskDateField* m_expires;
};

} // namespace palisade::ui
