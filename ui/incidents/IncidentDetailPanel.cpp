#include "ui/incidents/IncidentDetailPanel.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "ui/incidents/AssessmentTab.h"
#include "ui/incidents/CorrectiveActionsTab.h"
#include "ui/incidents/EvidenceTab.h"
#include "ui/incidents/IncidentOverviewTab.h"
#include "ui/incidents/NotificationsTab.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace palisade::ui {

IncidentDetailPanel::IncidentDetailPanel(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new IncidentOverviewTab(program, this))
    , m_assessment(new AssessmentTab(program, this))
    , m_notifications(new NotificationsTab(program, this))
    , m_evidence(new EvidenceTab(program, this))
    , m_actions(new CorrectiveActionsTab(program, this))
{
    setObjectName(QStringLiteral("incidentDetail"));
    m_placeholder->setObjectName(QStringLiteral("incidentDetailPlaceholder"));
    m_placeholder->setText(tr("Select an incident to see its facts, its breach assessment, the "
                              "notices it calls for, its evidence and its corrective actions."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_heading->setObjectName(QStringLiteral("incidentHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_status->setObjectName(QStringLiteral("incidentStatusLine"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_tabs->setObjectName(QStringLiteral("incidentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_assessment, tr("Assessment"));
    m_tabs->addTab(m_notifications, tr("Notices"));
    m_tabs->addTab(m_evidence, tr("Evidence"));
    m_tabs->addTab(m_actions, tr("Actions"));
    m_tabs->setTabToolTip(NotificationsTabIndex,
                          tr("The notices this incident calls for: how many are sent, of all"));
    m_tabs->setTabToolTip(EvidenceTabIndex, tr("The notes and files kept as evidence"));
    m_tabs->setTabToolTip(ActionsTabIndex, tr("The corrective actions, with how many are open"));

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(4);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_status);
    detailLayout->addSpacing(4);
    detailLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(detail);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_overview, &IncidentOverviewTab::editRequested, this,
            &IncidentDetailPanel::editRequested);
    connect(m_notifications, &NotificationsTab::titleChanged, this,
            [this](const QString& title) { m_tabs->setTabText(NotificationsTabIndex, title); });
    connect(m_evidence, &EvidenceTab::titleChanged, this,
            [this](const QString& title) { m_tabs->setTabText(EvidenceTabIndex, title); });
    connect(m_actions, &CorrectiveActionsTab::titleChanged, this,
            [this](const QString& title) { m_tabs->setTabText(ActionsTabIndex, title); });
    connect(&program.incidents(), &IncidentRegister::incidentsChanged, this,
            &IncidentDetailPanel::refresh);
    setIncident(0);
}

void IncidentDetailPanel::setIncident(qint64 id)
{
    m_incidentId = id;
    refresh();
}

void IncidentDetailPanel::refresh()
{
    std::optional<Incident> incident;
    if (m_incidentId > 0 && m_program.isOpen()) {
        Result<Incident> stored = m_program.incidents().incident(m_incidentId);
        if (stored) {
            incident = *stored;
        } else {
            m_placeholder->setText(
                tr("%1 cannot be shown: %2")
                    .arg(incidentReference(m_incidentId), stored.error().message));
        }
    } else {
        m_placeholder->setText(tr("Select an incident to see its facts, its breach assessment, "
                                  "the notices it calls for, its evidence and its corrective "
                                  "actions."));
    }
    m_overview->setIncident(incident);
    m_assessment->setIncident(incident);
    m_notifications->setIncident(incident);
    m_evidence->setIncident(incident ? incident->id : 0);
    m_actions->setIncident(incident ? incident->id : 0);
    if (!incident) {
        m_heading->clear();
        m_status->clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_heading->setText(tr("%1  %2").arg(incidentReference(incident->id), incident->title));
    const BreachStatus status = BreachNotificationRules::status(*incident);
    m_status->setText(tr("%1 \u00b7 %2 \u00b7 %3")
                          .arg(incident->isClosed() ? tr("Closed") : tr("Open"),
                               incidentKindLabel(incident->kind), breachStatusLabel(status)));
    m_stack->setCurrentIndex(1);
}

bool IncidentDetailPanel::isShowingPlaceholder() const
{
    return m_stack->currentIndex() == 0;
}

QString IncidentDetailPanel::headingText() const
{
    return m_heading->text();
}

QString IncidentDetailPanel::placeholderText() const
{
    return m_placeholder->text();
}

} // namespace palisade::ui
