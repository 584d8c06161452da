#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyRevision.h"
#include "ui/widgets/StepDialog.h"

#include <optional>
#include <vector>

class QDateEdit;
class QLabel;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Puts an approved revision in effect on a date (which may lie ahead), and
// says which revision it supersedes: that one's last day is the same date.
class EffectiveDateDialog : public StepDialog
{
    Q_OBJECT

public:
    EffectiveDateDialog(Program& program, const Policy& policy, const PolicyRevision& revision,
                        const std::vector<PolicyRevision>& revisions, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QString explanation() const;

protected:
    QString apply() override;

private:
    void explain();

    Program& m_program;
    Policy m_policy;
    PolicyRevision m_revision;
    std::optional<PolicyRevision> m_predecessor;
    QDateEdit* m_date;
    QLabel* m_explanation;
};

} // namespace palisade::ui
