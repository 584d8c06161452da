#include "ui/risk/RiskTaskTableModel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace palisade::ui {
namespace {

QString shown(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QColor overdueColor()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

} // namespace

RiskTaskTableModel::RiskTaskTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RiskTaskTableModel::setTasks(std::vector<RemediationTask> tasks, const QDate& today)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_today = today;
    endResetModel();
}

int RiskTaskTableModel::rowForTask(qint64 id) const
{
    for (std::size_t row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks[row].id == id)
            return int(row);
    }
    return -1;
}

bool RiskTaskTableModel::isOverdue(const RemediationTask& task) const
{
    return isOpenTaskStatus(task.status) && task.dueOn.isValid() && m_today.isValid() &&
           task.dueOn < m_today;
}

int RiskTaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int RiskTaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RemediationTask& task = taskAt(index.row());
    const bool overdue = isOverdue(task);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return task.title;
        case OwnerColumn:
            return task.owner;
        case DueColumn:
            if (!task.dueOn.isValid())
                return tr("No due date");
            return overdue ? tr("%1 (overdue)").arg(shown(task.dueOn)) : shown(task.dueOn);
        case StatusColumn:
            return taskStatusLabel(task.status);
        case CompletedColumn:
            return shown(task.completedOn);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && overdue)
            return overdueColor();
        if (index.column() == DueColumn && !task.dueOn.isValid())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (index.column() == DueColumn && overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue: due %1 and still %2.")
                .arg(shown(task.dueOn), taskStatusLabel(task.status).toLower());
        if (index.column() == TitleColumn && !task.evidenceNote.isEmpty())
            return tr("Evidence: %1").arg(task.evidenceNote);
        return {};
    case TaskIdRole:
        return task.id;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant RiskTaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case CompletedColumn:
        return tr("Completed");
    default:
        return {};
    }
}

} // namespace palisade::ui
