#include "ui/incidents/AssessmentDialog.h"

#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/incidents/BreachAssessmentForm.h"
#include "ui/widgets/PanelLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace palisade::ui {

AssessmentDialog::AssessmentDialog(Program& program, qint64 incidentId, QWidget* parent)
    : RecordEditorDialog({tr("To save this assessment:\n%1"),
                          tr("The assessment was not saved:\n%1"), tr("Unsaved Changes"),
                          tr("Save")},
                         parent)
    , m_program(program)
    , m_form(new BreachAssessmentForm(this))
{
    setObjectName(QStringLiteral("assessmentDialog"));
    QString lockedReason;
    if (Result<Incident> stored = program.incidents().incident(incidentId))
        m_incident = *stored;
    else
        lockedReason = tr("The incident could not be read: %1").arg(stored.error().message);

    auto* intro = PanelLabels::hint(
        tr("Rate each factor and explain it, then draw the conclusion. Only a documented low "
           "probability of compromise lifts the presumption of a breach."),
        this);
    intro->setObjectName(QStringLiteral("assessmentIntro"));

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("assessmentScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveAssessmentButton"), tr("Save the assessment (Ctrl+S)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(banner());
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    m_form->setDates(m_incident.discoveredOn, program.clock().today());
    BreachAssessment start;
    if (m_incident.assessment) {
        start = *m_incident.assessment;
    } else {
        start.assessedBy = program.actor();
        start.assessedOn = program.clock().today();
    }
    m_form->setAssessment(start);
    m_baseline = m_form->assessment();
    connect(m_form, &BreachAssessmentForm::changed, this, &AssessmentDialog::updateValidation);

    setWindowTitle(
        (isNew() ? tr("Breach Risk Assessment \u2014 %1") : tr("Revise Assessment \u2014 %1"))
            .arg(incidentReference(incidentId)));
    if (!lockedReason.isEmpty()) {
        m_form->setReadOnly(true);
        lock(MessageBanner::Kind::Error, lockedReason);
    } else {
        updateValidation();
    }
    m_form->ratingCombo(BreachAssessment::NatureAndExtent)->setFocus();
    setMinimumWidth(560);
    resize(680, 760);
}

bool AssessmentDialog::isModified() const
{
    return !isLocked() && m_form->assessment() != m_baseline;
}

QStringList AssessmentDialog::problems() const
{
    return m_form->problems();
}

bool AssessmentDialog::canStore() const
{
    return m_program.isOpen() && !m_program.isReadOnly();
}

bool AssessmentDialog::store()
{
    Result<Incident> stored =
        m_program.incidents().recordAssessment(m_incident.id, m_form->assessment());
    if (!stored)
        return refuse(tr("The assessment was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

QString AssessmentDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this assessment before closing?")
                   : tr("Save the changes to this assessment before closing?");
}

} // namespace palisade::ui
