#pragma once

#include "core/policies/Policy.h"
#include "ui/widgets/StepDialog.h"

class QDateEdit;
class QPlainTextEdit;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Retires a policy on a date, with the reason the audit trail keeps. Its
// revision in effect ends that day; nothing about it changes afterwards.
class RetirePolicyDialog : public StepDialog
{
    Q_OBJECT

public:
    RetirePolicyDialog(Program& program, const Policy& policy, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }

protected:
    QString apply() override;

private:
    Program& m_program;
    qint64 m_policyId;
    QDateEdit* m_date;
    QPlainTextEdit* m_reason;
};

} // namespace palisade::ui
