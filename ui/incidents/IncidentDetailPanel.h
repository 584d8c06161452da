#pragma once

#include "core/incidents/Incident.h"

#include <QWidget>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

class AssessmentTab;
class CorrectiveActionsTab;
class EvidenceTab;
class IncidentOverviewTab;
class NotificationsTab;

// The selected incident: the facts at a glance, its four-factor breach
// assessment, the notices it calls for and those sent, the evidence kept and
// the corrective actions. Every tab reads the registers again when they
// change.
class IncidentDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        OverviewTabIndex,
        AssessmentTabIndex,
        NotificationsTabIndex,
        EvidenceTabIndex,
        ActionsTabIndex,
    };

    explicit IncidentDetailPanel(Program& program, QWidget* parent = nullptr);

    // 0: nothing selected, a hint is shown instead.
    void setIncident(qint64 id);
    qint64 incidentId() const { return m_incidentId; }
    void refresh();

    bool isShowingPlaceholder() const;
    QString headingText() const;
    QString placeholderText() const;
    QTabWidget* tabs() const { return m_tabs; }
    IncidentOverviewTab* overviewTab() const { return m_overview; }
    AssessmentTab* assessmentTab() const { return m_assessment; }
    NotificationsTab* notificationsTab() const { return m_notifications; }
    EvidenceTab* evidenceTab() const { return m_evidence; }
    CorrectiveActionsTab* actionsTab() const { return m_actions; }

signals:
    void editRequested(qint64 id);

private:
    Program& m_program;
    qint64 m_incidentId = 0;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_heading;
    QLabel* m_status;
    QTabWidget* m_tabs;
    IncidentOverviewTab* m_overview;
    AssessmentTab* m_assessment;
    NotificationsTab* m_notifications;
    EvidenceTab* m_evidence;
    CorrectiveActionsTab* m_actions;
};

} // namespace palisade::ui
