#include "ui/incidents/IncidentsPage.h"

#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/program/Program.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/incidents/BreachLogTab.h"
#include "ui/incidents/CloseIncidentDialog.h"
#include "ui/incidents/IncidentEditorDialog.h"
#include "ui/incidents/IncidentLogTab.h"
#include "ui/incidents/IncidentTableModel.h"
#include "ui/incidents/ReportIncidentWizard.h"
#include "ui/incidents/StateRulesDialog.h"
#include "ui/shell/PageHeader.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageShortcuts.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

IncidentsPage::IncidentsPage(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_header(new PageHeader(tr("Incidents"),
                              tr("Security incidents from the first report to closure, whether "
                                 "each is a breach, and the notices owed with their deadlines."),
                              this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_report(new QPushButton(tr("&Report Incident\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_close(new QPushButton(tr("C&lose\u2026"), this))
    , m_stateRules(new QPushButton(tr("&State Rules\u2026"), this))
    , m_tabs(new QTabWidget(this))
    , m_log(new IncidentLogTab(program, this))
    , m_breachLog(new BreachLogTab(program, this))
    , m_reportAction(new QAction(tr("Report Incident"), this))
{
    setObjectName(QStringLiteral("incidentsPage"));
    m_report->setObjectName(QStringLiteral("reportIncidentButton"));
    m_report->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_report->setToolTip(tr("Record what happened, step by step, and see the notices it calls "
                            "for (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editIncidentButton"));
    m_edit->setToolTip(tr("Change what is known of the selected incident (Enter or "
                          "double-click)"));
    m_close->setObjectName(QStringLiteral("closeIncidentButton"));
    m_stateRules->setObjectName(QStringLiteral("stateRulesButton"));
    m_stateRules->setToolTip(tr("The States' own breach-notice deadlines the program applies"));
    m_summary->setObjectName(QStringLiteral("incidentSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("incidentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_log, tr("Incident Log"));
    m_tabs->addTab(m_breachLog, tr("Breach Log"));

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_report);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_close);
    toolbar->addWidget(m_stateRules);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_report, m_edit);
    setTabOrder(m_edit, m_close);
    setTabOrder(m_close, m_stateRules);
    setTabOrder(m_stateRules, m_tabs);

    m_reportAction->setObjectName(QStringLiteral("reportIncidentAction"));
    connect(PageShortcuts::addNew(this, m_reportAction), &QAction::triggered, this,
            &IncidentsPage::reportIncident);
    connect(m_report, &QPushButton::clicked, this, &IncidentsPage::reportIncident);
    connect(m_edit, &QPushButton::clicked, this, &IncidentsPage::editSelected);
    connect(m_close, &QPushButton::clicked, this, &IncidentsPage::closeOrReopenSelected);
    connect(m_stateRules, &QPushButton::clicked, this, &IncidentsPage::editStateRules);
    connect(m_log, &IncidentLogTab::editRequested, this, &IncidentsPage::editIncident);
    connect(m_log, &IncidentLogTab::reportRequested, this, &IncidentsPage::reportIncident);
    connect(m_log, &IncidentLogTab::selectionChanged, this, &IncidentsPage::updateState);
    connect(m_tabs, &QTabWidget::currentChanged, this, &IncidentsPage::updateState);

    connect(&program.incidents(), &IncidentRegister::incidentsChanged, this,
            &IncidentsPage::reload);
    connect(&program.incidentNotifications(), &IncidentNotificationRegister::notificationsChanged,
            this, &IncidentsPage::reload);
    connect(&program.stateRules(), &StateRuleRegister::stateRulesChanged, this,
            &IncidentsPage::reload);
    // A covered entity's name or its agreement's notice period changes the deadlines.
    connect(&program.counterparties(), &CounterpartyRegister::counterpartiesChanged, this,
            &IncidentsPage::reload);
    connect(&program.baas(), &BaaRegister::agreementsChanged, this, &IncidentsPage::reload);
    updateState();
}

void IncidentsPage::reload()
{
    if (!m_program.isOpen())
        return;
    m_log->reload();
    m_breachLog->reload();
    if (!m_log->model()->lastError().isEmpty())
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The incidents could not be read: %1").arg(m_log->model()->lastError()));
    updateState();
}

void IncidentsPage::updateState()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const bool onLog = m_tabs->currentWidget() == m_log;
    const qint64 id = selectedIncidentId();
    const IncidentTableModel* model = m_log->model();
    const int row = model->rowForId(id);
    const bool closed = row >= 0 && model->incidentAt(row).isClosed();
    m_report->setEnabled(writable);
    m_reportAction->setEnabled(writable);
    m_edit->setEnabled(onLog && id != 0);
    m_close->setEnabled(writable && onLog && id != 0);
    m_close->setText(closed ? tr("Re&open") : tr("C&lose\u2026"));
    m_close->setToolTip(closed ? tr("Reopen the selected incident, e.g. when more comes to light")
                               : tr("Close the selected incident on a day; what is still owed "
                                    "stays a finding"));
    m_stateRules->setEnabled(m_program.isOpen());

    QStringList summary{tr("Open: %L1").arg(model->openCount())};
    if (const int overdue = model->overdueCount(); overdue > 0)
        summary << tr("With an overdue notice: %L1").arg(overdue);
    if (model->rowCount() != model->openCount())
        summary << tr("Closed: %L1").arg(model->rowCount() - model->openCount());
    m_summary->setText(summary.join(QStringLiteral(" \u00b7 ")));
}

qint64 IncidentsPage::selectedIncidentId() const
{
    return m_log->selectedIncidentId();
}

bool IncidentsPage::selectIncident(qint64 id)
{
    m_tabs->setCurrentWidget(m_log);
    return m_log->selectIncident(id);
}

void IncidentsPage::reportIncident()
{
    if (!m_program.isOpen() || m_program.isReadOnly())
        return;
    ReportIncidentWizard wizard(m_program, this);
    if (wizard.exec() != QDialog::Accepted || wizard.savedIncident().id == 0)
        return;
    m_banner->showMessage(wizard.outcomeKind(), wizard.outcomeText());
    selectIncident(wizard.savedIncident().id);
    m_log->table()->setFocus(Qt::OtherFocusReason);
}

void IncidentsPage::editSelected()
{
    editIncident(selectedIncidentId());
}

void IncidentsPage::editIncident(qint64 id)
{
    if (id == 0)
        return;
    IncidentEditorDialog editor(m_program, id, this);
    if (editor.exec() == QDialog::Accepted)
        m_banner->clearMessage();
    selectIncident(id);
}

void IncidentsPage::closeOrReopenSelected()
{
    const qint64 id = selectedIncidentId();
    const int row = m_log->model()->rowForId(id);
    if (row < 0 || m_program.isReadOnly())
        return;
    const Incident incident = m_log->model()->incidentAt(row);
    const QString reference = incidentReference(id);
    if (incident.isClosed()) {
        const Result<Incident> reopened = m_program.incidents().reopen(id);
        if (!reopened)
            m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("%1 was not reopened: %2").arg(reference, reopened.error().message));
        else
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("%1 is open again.").arg(reference));
        selectIncident(id);
        return;
    }
    CloseIncidentDialog dialog(m_program, incident, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%1 was closed. Closed incidents show under \u201c" "All "
                             "incidents\u201d and are kept six years.")
                              .arg(reference));
    selectIncident(id);
}

void IncidentsPage::editStateRules()
{
    StateRulesDialog dialog(m_program, this);
    dialog.exec();
}

} // namespace palisade::ui
