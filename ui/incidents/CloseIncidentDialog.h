#pragma once

#include "core/incidents/Incident.h"
#include "ui/widgets/StepDialog.h"

class QLabel;

namespace palisade {
class Program;
}

namespace palisade::ui {

class RiskDateField;

// Closes an incident on a day (not before its discovery, not in the future),
// saying what stays owed: notices not yet sent, corrective actions still open.
class CloseIncidentDialog : public StepDialog
{
    Q_OBJECT

public:
    CloseIncidentDialog(Program& program, const Incident& incident, QWidget* parent = nullptr);

    RiskDateField* dateField() const { return m_date; }
    QString warningText() const;

protected:
    QString apply() override;

private:
    Program& m_program;
    Incident m_incident;
    RiskDateField* m_date;
    QLabel* m_warning;
};

} // namespace palisade::ui
