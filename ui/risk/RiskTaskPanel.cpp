#include "ui/risk/RiskTaskPanel.h"

#include "core/program/Program.h"
#include "core/risk/RiskRegister.h"
#include "core/util/Clock.h"
#include "ui/risk/RiskTaskDialog.h"
#include "ui/risk/RiskTaskTableModel.h"
#include "ui/widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

RiskTaskPanel::RiskTaskPanel(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Save the risk first to add remediation tasks."), this))
    , m_saveFirst(new QPushButton(tr("Save &Risk Now"), this))
    , m_model(new RiskTaskTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Task\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit Task\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete Task"), this))
    , m_note(new QLabel(this))
    , m_banner(new MessageBanner(this))
{
    m_placeholder->setObjectName(QStringLiteral("tasksPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_saveFirst->setObjectName(QStringLiteral("saveRiskFirstButton"));
    m_saveFirst->setAutoDefault(false);
    auto* waiting = new QWidget(this);
    auto* waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->addStretch(1);
    waitingLayout->addWidget(m_placeholder);
    waitingLayout->addWidget(m_saveFirst, 0, Qt::AlignHCenter);
    waitingLayout->addStretch(2);

    m_table->setObjectName(QStringLiteral("riskTasks"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(RiskTaskTableModel::TitleColumn, QHeaderView::Stretch);
    m_note->setObjectName(QStringLiteral("tasksNote"));
    m_note->setWordWrap(true);

    for (QPushButton* button : {m_add, m_edit, m_delete})
        button->setAutoDefault(false);
    m_add->setObjectName(QStringLiteral("addTaskButton"));
    m_edit->setObjectName(QStringLiteral("editTaskButton"));
    m_delete->setObjectName(QStringLiteral("deleteTaskButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_banner);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_note);
    listLayout->addLayout(buttons);

    m_stack->addWidget(waiting);
    m_stack->addWidget(list);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_saveFirst, &QPushButton::clicked, this, &RiskTaskPanel::saveRiskRequested);
    connect(m_add, &QPushButton::clicked, this, &RiskTaskPanel::addTask);
    connect(m_edit, &QPushButton::clicked, this, &RiskTaskPanel::editCurrentTask);
    connect(m_delete, &QPushButton::clicked, this, &RiskTaskPanel::deleteCurrentTask);
    connect(m_table, &QTableView::doubleClicked, this, &RiskTaskPanel::editCurrentTask);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RiskTaskPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RiskTaskPanel::updateButtons);
    connect(&program.risks(), &RiskRegister::risksChanged, this, [this] {
        if (!m_snapshot)
            reload();
    });
    setRiskId(std::nullopt);
}

void RiskTaskPanel::setRiskId(std::optional<qint64> riskId)
{
    m_riskId = riskId;
    m_snapshot = false;
    m_stack->setCurrentIndex(riskId ? 1 : 0);
    setFocusProxy(riskId ? static_cast<QWidget*>(m_table) : m_saveFirst);
    reload();
}

void RiskTaskPanel::showSnapshot(qint64 riskId, std::vector<RemediationTask> tasks)
{
    m_riskId = riskId;
    m_snapshot = true;
    m_stack->setCurrentIndex(1);
    m_add->hide();
    m_delete->hide();
    m_edit->setText(tr("&View Task\u2026"));
    m_model->setTasks(std::move(tasks), m_program.clock().today());
}

void RiskTaskPanel::reload()
{
    if (m_snapshot)
        return;
    if (!m_riskId) {
        m_model->setTasks({}, m_program.clock().today());
        return;
    }
    const std::optional<RemediationTask> selected = currentTask();
    Result<std::vector<RemediationTask>> tasks = m_program.risks().tasks(*m_riskId);
    if (!tasks) {
        m_banner->showMessage(MessageBanner::Kind::Error, tasks.error().message);
        m_model->setTasks({}, m_program.clock().today());
        return;
    }
    m_model->setTasks(std::move(*tasks), m_program.clock().today());
    if (selected)
        selectTask(selected->id);
}

std::optional<RemediationTask> RiskTaskPanel::currentTask() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->taskAt(rows.first().row());
}

void RiskTaskPanel::selectTask(qint64 taskId)
{
    const int row = m_model->rowForTask(taskId);
    if (row < 0)
        return;
    m_table->selectRow(row);
}

void RiskTaskPanel::addTask()
{
    if (!m_riskId || m_snapshot)
        return;
    RemediationTask fresh;
    fresh.riskId = *m_riskId;
    RiskTaskDialog dialog(m_program.risks(), fresh, m_owners, m_program.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_banner->clearMessage();
        selectTask(dialog.savedTask().id);
    }
}

void RiskTaskPanel::editCurrentTask()
{
    const std::optional<RemediationTask> task = currentTask();
    if (!task)
        return;
    RiskTaskDialog dialog(m_program.risks(), *task, m_owners, m_program.clock().today(), this);
    dialog.setReadOnly(m_snapshot || m_program.isReadOnly());
    if (dialog.exec() == QDialog::Accepted)
        m_banner->clearMessage();
}

bool RiskTaskPanel::deleteCurrentTask()
{
    const std::optional<RemediationTask> task = currentTask();
    if (!task || m_snapshot || !confirmDelete(*task))
        return false;
    const Result<void> removed = m_program.risks().removeTask(task->id);
    if (!removed) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("\u201c%1\u201d was not deleted: %2").arg(task->title, removed.error().message));
        return false;
    }
    m_banner->clearMessage();
    return true;
}

bool RiskTaskPanel::confirmDelete(const RemediationTask& task)
{
    if (m_confirmDelete)
        return m_confirmDelete(task);
    return QMessageBox::question(this, tr("Delete Task"),
                                 tr("Delete the task \u201c%1\u201d? The deletion is recorded in "
                                    "the audit trail.")
                                     .arg(task.title),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

QString RiskTaskPanel::placeholderText() const
{
    return m_placeholder->text();
}

bool RiskTaskPanel::isShowingPlaceholder() const
{
    return m_stack->currentIndex() == 0;
}

void RiskTaskPanel::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    const bool writable = !m_snapshot && !m_program.isReadOnly() && m_riskId.has_value();
    m_add->setEnabled(writable);
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected && writable);
    int overdue = 0;
    for (const RemediationTask& task : m_model->tasks())
        overdue += m_model->isOverdue(task) ? 1 : 0;
    m_note->setText(overdue == 0
                        ? QString()
                        : tr("%n task(s) overdue, marked in the Due column.", nullptr, overdue));
    m_note->setVisible(overdue > 0);
    if (m_model->rowCount() == 0 && m_riskId)
        m_note->setText(tr("No remediation tasks yet. Add the work that will reduce this risk."));
    m_note->setVisible(!m_note->text().isEmpty());
}

} // namespace palisade::ui
