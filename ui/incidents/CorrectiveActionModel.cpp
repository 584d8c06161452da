#include "ui/incidents/CorrectiveActionModel.h"

#include "core/util/IsoDate.h"
#include "ui/assets/FindingMark.h"

#include <QFont>
#include <limits>

namespace palisade::ui {

CorrectiveActionModel::CorrectiveActionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CorrectiveActionModel::setActions(std::vector<CorrectiveAction> actions, const QDate& today)
{
    beginResetModel();
    m_actions = std::move(actions);
    m_today = today;
    endResetModel();
}

int CorrectiveActionModel::rowForId(qint64 id) const
{
    for (std::size_t i = 0; i < m_actions.size(); ++i) {
        if (m_actions[i].id == id)
            return int(i);
    }
    return -1;
}

int CorrectiveActionModel::openCount() const
{
    int open = 0;
    for (const CorrectiveAction& action : m_actions)
        open += action.isDone() ? 0 : 1;
    return open;
}

bool CorrectiveActionModel::isOverdue(const CorrectiveAction& action) const
{
    return !action.isDone() && action.dueOn.isValid() && action.dueOn < m_today;
}

int CorrectiveActionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int CorrectiveActionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrectiveActionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorrectiveAction& action = m_actions[std::size_t(index.row())];
    const bool overdue = isOverdue(action);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return action.title;
        case OwnerColumn:
            return action.owner.isEmpty() ? tr("Not assigned") : action.owner;
        case DueColumn:
            return action.dueOn.isValid() ? isoDate(action.dueOn) : tr("No due date");
        case StateColumn:
            if (action.isDone())
                return tr("Done %1").arg(isoDate(action.doneOn));
            if (overdue)
                return tr("Overdue by %n day(s)", nullptr, int(action.dueOn.daysTo(m_today)));
            return tr("Open");
        }
        break;
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == StateColumn))
            return findingmark::color();
        break;
    case Qt::FontRole:
        if (overdue && index.column() == StateColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (!action.notes.isEmpty())
            return action.notes;
        break;
    case ActionIdRole:
        return action.id;
    case DoneRole:
        return action.isDone();
    case OverdueRole:
        return overdue;
    case SortRole:
        switch (index.column()) {
        case DueColumn:
            return action.dueOn.isValid() ? action.dueOn.toJulianDay()
                                          : std::numeric_limits<qint64>::max();
        case StateColumn:
            // Open first, then by the day each was done.
            return action.isDone() ? action.doneOn.toJulianDay() : qint64(0);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant CorrectiveActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace palisade::ui
