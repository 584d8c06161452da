#include "ui/risk/RiskHistoryModel.h"

namespace palisade::ui {

RiskHistoryModel::RiskHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RiskHistoryModel::setEvents(const std::vector<AuditEvent>& events, const RiskHistoryDiff& diff)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(events.size());
    for (auto it = events.rbegin(); it != events.rend(); ++it)
        m_rows.push_back(
            Row{*it, RiskHistoryDiff::actionLabel(*it), diff.summary(*it), diff.detail(*it)});
    endResetModel();
}

QString RiskHistoryModel::timeLabel(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int RiskHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeLabel(row.event.at);
        case ActorColumn:
            return row.event.actor;
        case ActionColumn:
            return row.action;
        case ChangesColumn:
            return row.summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return row.event.at.toLocalTime().toString(Qt::ISODateWithMs);
        return row.detail.isEmpty() ? QVariant() : QVariant(row.detail);
    case SeqRole:
        return row.event.seq;
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QVariant RiskHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("By");
    case ActionColumn:
        return tr("Action");
    case ChangesColumn:
        return tr("What changed");
    default:
        return {};
    }
}

} // namespace palisade::ui
