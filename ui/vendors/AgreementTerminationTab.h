#pragma once

#include "core/vendors/Agreement.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace palisade::ui {

class RiskDateField;

// The Termination tab of the agreement editor: when the agreement was
// terminated, and what became of the PHI (returned, destroyed, or kept under
// extended protections) with who attested it and when. Editable only once
// the agreement is terminated or has expired.
class AgreementTerminationTab : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementTerminationTab(QWidget* parent = nullptr);

    void load(const Agreement& agreement);
    void apply(Agreement& agreement) const;
    void setReadOnly(bool readOnly);
    // Enables the fields that apply to the status.
    void setStatus(AgreementStatus status);

    RiskDateField* terminatedField() const { return m_terminated; }
    QComboBox* dispositionCombo() const { return m_disposition; }
    RiskDateField* attestedOnField() const { return m_attestedOn; }
    QLineEdit* attestedByEdit() const { return m_attestedBy; }
    QLabel* stateLabel() const { return m_state; }

signals:
    void edited();

private:
    void updateEnabled();

    RiskDateField* m_terminated;
    QComboBox* m_disposition;
    RiskDateField* m_attestedOn;
    QLineEdit* m_attestedBy;
    QLabel* m_state;
    AgreementStatus m_status = AgreementStatus::Draft;
    bool m_readOnly = false;
};

} // namespace palisade::ui
