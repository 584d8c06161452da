#include "ui/risk/RiskDetailPanel.h"

#include "ui/risk/RiskTableModel.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString ratingText(const RiskRating& rating, RiskLevel level)
{
    return RiskDetailPanel::tr("%1 (likelihood %2 \u00d7 impact %3)")
        .arg(riskLevelLabel(level), riskLevelLabel(rating.likelihood),
             riskLevelLabel(rating.impact));
}

QString dateOrNone(const QDate& date)
{
    return date.isValid() ? RiskTableModel::dateText(date) : RiskDetailPanel::tr("None");
}

} // namespace

RiskDetailPanel::RiskDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a risk to see all its details and tasks here."), this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QLabel(this))
    , m_tasks(new QTreeWidget(this))
    , m_noTasks(new QLabel(this))
{
    setObjectName(QStringLiteral("riskDetailPanel"));
    m_placeholder->setObjectName(QStringLiteral("riskDetailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_details->setObjectName(QStringLiteral("riskDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setContentsMargins(8, 6, 8, 6);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tasks->setObjectName(QStringLiteral("riskTasks"));
    m_tasks->setRootIsDecorated(false);
    m_tasks->setUniformRowHeights(true);
    m_tasks->setHeaderLabels({tr("Task"), tr("Owner"), tr("Due"), tr("Status")});
    m_tasks->header()->setStretchLastSection(false);
    m_tasks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_tasks->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_noTasks->setAlignment(Qt::AlignCenter);
    m_noTasks->setWordWrap(true);
    m_noTasks->setForegroundRole(QPalette::PlaceholderText);
    auto* tasksPage = new QWidget(this);
    auto* tasksLayout = new QVBoxLayout(tasksPage);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    tasksLayout->addWidget(m_tasks, 1);
    tasksLayout->addWidget(m_noTasks, 1);

    m_tabs->setObjectName(QStringLiteral("riskDetailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(tasksPage, tr("Tasks"));

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void RiskDetailPanel::clear()
{
    m_riskId = 0;
    m_details->clear();
    m_tasks->clear();
    m_stack->setCurrentWidget(m_placeholder);
    // Nothing to read, so keyboard focus skips the panel.
    m_tabs->setFocusPolicy(Qt::NoFocus);
}

void RiskDetailPanel::setRisk(const Risk& risk, const std::vector<RemediationTask>& tasks,
                              const RiskAttention& attention, const QStringList& assetNames,
                              const QDate& today)
{
    m_riskId = risk.id;
    const QString alert = QGuiApplication::palette().color(QPalette::Base).lightness() < 128
                              ? QStringLiteral("#ff8a80")
                              : QStringLiteral("#b3261e");
    QString text = QStringLiteral("<p style='margin-bottom:4px'><b>%1</b> \u2014 <b>%2</b></p>")
                       .arg(html(riskReference(risk.id)), html(risk.title));
    const QStringList reasons = attention.reasons();
    if (!reasons.isEmpty())
        text += QStringLiteral("<p style='color:%1; margin-top:0'>%2</p>")
                    .arg(alert, html(reasons.join(QLatin1Char(' '))));

    text += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto field = [&text](const QString& label, const QString& value) {
        text += QStringLiteral("<tr><td style='padding-right:12px' valign='top'><b>%1</b></td>"
                               "<td valign='top'>%2</td></tr>")
                    .arg(html(label), value.isEmpty() ? QStringLiteral("\u2014") : html(value));
    };
    field(tr("Owner"), risk.owner);
    field(tr("Status"), riskStatusLabel(risk.status));
    field(tr("Description"), risk.description);
    field(tr("Assets"), assetNames.join(QStringLiteral(", ")));
    field(tr("Threat source"), risk.threatSource);
    field(tr("Threat event"), risk.threatEvent);
    field(tr("Vulnerability"), risk.vulnerability);
    field(tr("Existing controls"), risk.existingControls);
    field(tr("Inherent risk"), ratingText(risk.inherent, risk.inherentLevel));
    field(tr("Treatment"), riskTreatmentLabel(risk.treatment));
    field(tr("Treatment plan"), risk.treatmentPlan);
    field(tr("Residual risk"), risk.residual && risk.residualLevel
                                   ? ratingText(*risk.residual, *risk.residualLevel)
                                   : tr("Not rated yet"));
    field(tr("Identified"), dateOrNone(risk.identifiedOn));
    field(tr("Due"), dateOrNone(risk.dueOn));
    field(tr("Last assessed"), dateOrNone(risk.lastAssessedOn));
    field(tr("Next reassessment"), dateOrNone(risk.nextReassessmentOn));
    if (!risk.acceptance.isEmpty() || risk.status == RiskStatus::Accepted) {
        field(tr("Accepted by"), risk.acceptance.approver);
        field(tr("Accepted on"), dateOrNone(risk.acceptance.acceptedOn));
        field(tr("Acceptance expires"), dateOrNone(risk.acceptance.expiresOn));
        field(tr("Rationale"), risk.acceptance.rationale);
    }
    field(tr("Security Rule"), risk.citations.join(QStringLiteral(", ")));
    text += QStringLiteral("</table>");
    m_details->setText(text);

    m_tasks->clear();
    int open = 0;
    for (const RemediationTask& task : tasks) {
        auto* item = new QTreeWidgetItem(m_tasks);
        item->setText(0, task.title);
        item->setToolTip(0, task.evidenceNote.isEmpty() ? task.title : task.evidenceNote);
        item->setText(1, task.owner);
        item->setText(2, RiskTableModel::dateText(task.dueOn));
        item->setText(3, taskStatusText(task));
        if (RiskAttention::isTaskOverdue(task, today)) {
            item->setForeground(2, QColor(alert));
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
            item->setToolTip(2, tr("Overdue"));
        }
        if (isOpenTaskStatus(task.status))
            ++open;
    }
    const bool anyTasks = !tasks.empty();
    m_tasks->setVisible(anyTasks);
    m_noTasks->setVisible(!anyTasks);
    m_noTasks->setText(tr("No remediation tasks yet. Edit the risk to plan the work that "
                          "reduces it."));
    m_tabs->setTabText(1, anyTasks ? tr("Tasks (%1 open of %2)").arg(open).arg(tasks.size())
                                   : tr("Tasks"));
    m_tabs->setFocusPolicy(Qt::TabFocus);
    m_stack->setCurrentWidget(m_tabs);
}

QString RiskDetailPanel::taskStatusText(const RemediationTask& task)
{
    if (task.status == TaskStatus::Done && task.completedOn.isValid())
        return tr("%1 on %2")
            .arg(taskStatusLabel(task.status), RiskTableModel::dateText(task.completedOn));
    return taskStatusLabel(task.status);
}

QString RiskDetailPanel::detailsText() const
{
    QTextDocument document;
    document.setHtml(m_details->text());
    return document.toPlainText();
}

int RiskDetailPanel::taskCount() const
{
    return m_tasks->topLevelItemCount();
}

} // namespace palisade::ui
