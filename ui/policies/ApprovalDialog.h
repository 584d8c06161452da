#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyApproval.h"
#include "core/policies/PolicyRevision.h"
#include "ui/widgets/StepDialog.h"

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Records one sign-off of a revision in review: who approved, in which of the
// roles the policy names (the ones still needed come first), on which day (not
// after today) and what the signature means.
class ApprovalDialog : public StepDialog
{
    Q_OBJECT

public:
    ApprovalDialog(Program& program, const Policy& policy, const PolicyRevision& revision,
                   const std::vector<PolicyApproval>& given, QWidget* parent = nullptr);

    static QStringList commonMeanings();

    const PolicyApproval& recorded() const { return m_recorded; }

    QLineEdit* approverEdit() const { return m_approver; }
    QComboBox* roleCombo() const { return m_role; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* meaningCombo() const { return m_meaning; }
    QLabel* outstandingLabel() const { return m_outstanding; }

protected:
    QString apply() override;

private:
    void updateState();

    Program& m_program;
    qint64 m_revisionId;
    PolicyApproval m_recorded;
    QLineEdit* m_approver;
    QComboBox* m_role;
    QDateEdit* m_date;
    QComboBox* m_meaning;
    QLabel* m_outstanding;
};

} // namespace palisade::ui
