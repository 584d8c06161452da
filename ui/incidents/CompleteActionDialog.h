#pragma once

#include "core/incidents/CorrectiveAction.h"
#include "ui/widgets/StepDialog.h"

namespace palisade {
class Program;
}

namespace palisade::ui {

class RiskDateField;

// Marks a corrective action done on a day (today unless told otherwise);
// recorded once.
class CompleteActionDialog : public StepDialog
{
    Q_OBJECT

public:
    CompleteActionDialog(Program& program, const CorrectiveAction& action,
                         QWidget* parent = nullptr);

    RiskDateField* dateField() const { return m_date; }

protected:
    QString apply() override;

private:
    Program& m_program;
    CorrectiveAction m_action;
    RiskDateField* m_date;
};

} // namespace palisade::ui
