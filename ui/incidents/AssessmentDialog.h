#pragma once

#include "core/incidents/Incident.h"
#include "ui/widgets/RecordEditorDialog.h"

namespace palisade {
class Program;
}

namespace palisade::ui {

class BreachAssessmentForm;

// Records or revises the four-factor breach risk assessment of one incident
// through IncidentRegister::recordAssessment; lists what stops saving and
// asks before unsaved edits are dropped.
class AssessmentDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    AssessmentDialog(Program& program, qint64 incidentId, QWidget* parent = nullptr);

    bool isNew() const override { return !m_incident.assessment.has_value(); }
    bool isModified() const override;
    QStringList problems() const override;

    BreachAssessmentForm* form() const { return m_form; }
    const Incident& savedIncident() const { return m_saved; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    Program& m_program;
    Incident m_incident;
    Incident m_saved;
    BreachAssessment m_baseline;
    BreachAssessmentForm* m_form;
};

} // namespace palisade::ui
