#include "ui/incidents/CloseIncidentDialog.h"

#include "core/incidents/BreachReporting.h"
#include "core/incidents/CorrectiveActionRegister.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/risk/RiskDateField.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace palisade::ui {

CloseIncidentDialog::CloseIncidentDialog(Program& program, const Incident& incident,
                                         QWidget* parent)
    : StepDialog(tr("&Close Incident"), QStringLiteral("confirmCloseIncidentButton"), parent)
    , m_program(program)
    , m_incident(incident)
    , m_date(new RiskDateField(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("closeIncidentDialog"));
    setWindowTitle(tr("Close Incident \u2014 %1").arg(incidentReference(incident.id)));
    const QDate today = program.clock().today();
    m_date->setObjectName(QStringLiteral("closeIncidentDate"));
    m_date->setDate(today);
    m_date->dateEdit()->setMaximumDate(today);
    if (incident.discoveredOn.isValid())
        m_date->dateEdit()->setMinimumDate(incident.discoveredOn);
    m_warning->setObjectName(QStringLiteral("closeIncidentWarning"));
    m_warning->setWordWrap(true);

    QStringList owed;
    if (Result<std::vector<RequiredNotification>> required =
            BreachReporting(program).requiredNotifications(incident.id)) {
        QStringList sentKeys;
        if (Result<std::vector<IncidentNotification>> sent =
                program.incidentNotifications().notifications(incident.id)) {
            for (const IncidentNotification& notice : *sent)
                sentKeys << notice.key();
        }
        int unsent = 0;
        for (const RequiredNotification& notice : *required)
            unsent += sentKeys.contains(notice.key()) ? 0 : 1;
        if (unsent > 0)
            owed << tr("%n notice(s) it calls for have not been recorded as sent.", nullptr,
                       unsent);
    }
    if (Result<std::vector<CorrectiveAction>> actions =
            program.correctiveActions().actions(incident.id)) {
        int open = 0;
        for (const CorrectiveAction& action : *actions)
            open += action.isDone() ? 0 : 1;
        if (open > 0)
            owed << tr("%n corrective action(s) are still open.", nullptr, open);
    }
    m_warning->setText(
        owed.isEmpty()
            ? tr("Every notice it calls for is on file and every corrective action is done. The "
                 "record is kept six years after closing.")
            : tr("%1 Closing the incident does not settle them: a notice still owed after "
                 "closing is a finding. The record is kept six years after closing.")
                  .arg(owed.join(QLatin1Char(' '))));

    auto* form = new QFormLayout;
    form->addRow(tr("Closed &on:"), m_date);
    body()->addLayout(form);
    body()->addSpacing(6);
    body()->addWidget(m_warning);
    m_date->setFocus();
    resize(480, sizeHint().height());
}

QString CloseIncidentDialog::warningText() const
{
    return m_warning->text();
}

QString CloseIncidentDialog::apply()
{
    Result<Incident> closed = m_program.incidents().close(m_incident.id, m_date->date());
    return closed ? QString() : closed.error().message;
}

} // namespace palisade::ui
