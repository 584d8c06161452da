#pragma once

#include "core/policies/PolicyRevision.h"
#include "core/training/Person.h"
#include "ui/widgets/StepDialog.h"

#include <vector>

class QDateEdit;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Records that the chosen people acknowledged an approved policy revision on
// one day: one acknowledgment each, in the workforce's training records.
class AcknowledgmentDialog : public StepDialog
{
    Q_OBJECT

public:
    AcknowledgmentDialog(Program& program, const QString& revisionName,
                         const PolicyRevision& revision, std::vector<Person> people,
                         QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }

protected:
    QString apply() override;

private:
    Program& m_program;
    PolicyRevision m_revision;
    std::vector<Person> m_people;
    QDateEdit* m_date;
};

} // namespace palisade::ui
