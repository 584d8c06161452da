#include "ui/vendors/ProvisionTableModel.h"

#include "core/vendors/BaaProvision.h"
#include "ui/assets/FindingMark.h"

namespace palisade::ui {

ProvisionTableModel::ProvisionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_checks = BaaProvision::checklist({});
}

void ProvisionTableModel::setChecks(const std::vector<ProvisionCheck>& checks)
{
    beginResetModel();
    m_checks = BaaProvision::checklist(checks);
    endResetModel();
}

void ProvisionTableModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_checks.empty())
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, ClauseColumn));
}

int ProvisionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ProvisionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvisionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProvisionCheck& check = m_checks[size_t(index.row())];
    const BaaProvision* provision = BaaProvision::find(check.provision);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case CitationColumn:
            return provision ? provision->citation : QString();
        case ProvisionColumn:
            return provision ? provision->label : check.provision;
        case StateColumn:
            return provisionStateLabel(check.state);
        case ClauseColumn:
            return check.clauseReference;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProvisionColumn && provision)
            return provision->label;
        if (index.column() == ClauseColumn)
            return tr("Where the agreement says it, e.g. §4.2");
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && check.state == ProvisionState::Missing)
            return findingmark::color();
        break;
    case StateKeyRole:
        return provisionStateKey(check.state);
    default:
        break;
    }
    return {};
}

bool ProvisionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ProvisionCheck& check = m_checks[size_t(index.row())];
    if (index.column() == StateColumn && (role == StateKeyRole || role == Qt::EditRole)) {
        const std::optional<ProvisionState> state = provisionStateFromKey(value.toString());
        if (!state)
            return false;
        if (*state != check.state) {
            check.state = *state;
            emit dataChanged(index, index);
        }
        return true;
    }
    if (index.column() == ClauseColumn && role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        if (text != check.clauseReference) {
            check.clauseReference = text;
            emit dataChanged(index, index);
        }
        return true;
    }
    return false;
}

Qt::ItemFlags ProvisionTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly && (index.column() == StateColumn || index.column() == ClauseColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ProvisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CitationColumn:
        return tr("Citation");
    case ProvisionColumn:
        return tr("The agreement must\u2026");
    case StateColumn:
        return tr("In this agreement");
    case ClauseColumn:
        return tr("Clause");
    default:
        return {};
    }
}

} // namespace palisade::ui
