#include "ui/assets/DataFlowTableModel.h"

#include "ui/assets/FindingMark.h"

#include <QFont>
#include <algorithm>

namespace palisade::ui {
namespace {

// The text field behind a column other than EncryptedColumn; const or not.
template <typename Flow> auto& textOf(Flow& flow, int column)
{
    if (column == DataFlowTableModel::SourceColumn)
        return flow.source;
    if (column == DataFlowTableModel::DestinationColumn)
        return flow.destination;
    return flow.channel;
}

} // namespace

DataFlowTableModel::DataFlowTableModel(bool editable, QObject* parent)
    : QAbstractTableModel(parent)
    , m_editable(editable)
{
}

void DataFlowTableModel::setFlows(std::vector<DataFlow> flows)
{
    beginResetModel();
    m_flows = std::move(flows);
    endResetModel();
}

int DataFlowTableModel::unencryptedCount() const
{
    return int(std::count_if(m_flows.begin(), m_flows.end(),
                             [](const DataFlow& flow) { return !flow.encryptedInTransit; }));
}

int DataFlowTableModel::appendFlow()
{
    const int row = rowCount();
    insertRows(row, 1);
    return row;
}

int DataFlowTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_flows.size());
}

int DataFlowTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataFlowTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataFlow& flow = m_flows.at(size_t(index.row()));
    const bool finding = !flow.encryptedInTransit;
    if (index.column() != EncryptedColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return textOf(flow, index.column());
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (m_editable)
            return finding ? tr("No") : tr("Yes");
        return finding ? tr("No \u2014 finding") : tr("Yes");
    case Qt::CheckStateRole:
        if (m_editable)
            return flow.encryptedInTransit ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DecorationRole:
        if (finding)
            return findingmark::icon();
        break;
    case Qt::ForegroundRole:
        if (finding)
            return findingmark::color();
        break;
    case Qt::FontRole:
        if (finding) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return finding ? findingmark::unencryptedExplanation()
                       : tr("Encrypted in transit (for example TLS, SFTP or a VPN).");
    default:
        break;
    }
    return {};
}

bool DataFlowTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    DataFlow& flow = m_flows.at(size_t(index.row()));
    if (index.column() == EncryptedColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool encrypted = value.value<Qt::CheckState>() == Qt::Checked;
        if (encrypted == flow.encryptedInTransit)
            return true;
        flow.encryptedInTransit = encrypted;
    } else {
        if (role != Qt::EditRole)
            return false;
        QString& text = textOf(flow, index.column());
        const QString next = value.toString();
        if (next == text)
            return true;
        text = next;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags DataFlowTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable) {
        if (index.column() == EncryptedColumn)
            result |= Qt::ItemIsUserCheckable;
        else
            result |= Qt::ItemIsEditable;
    }
    return result;
}

QVariant DataFlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SourceColumn:
            return tr("Where the data comes from");
        case DestinationColumn:
            return tr("Where the data goes");
        case ChannelColumn:
            return tr("How it travels: SFTP, VPN, e-mail, fax, courier\u2026");
        case EncryptedColumn:
            return tr("Whether the data is encrypted while it travels");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("From");
    case DestinationColumn:
        return tr("To");
    case ChannelColumn:
        return tr("Channel");
    case EncryptedColumn:
        return tr("Encrypted in transit");
    }
    return {};
}

bool DataFlowTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (!m_editable || parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_flows.insert(m_flows.begin() + row, size_t(count), DataFlow{});
    endInsertRows();
    return true;
}

bool DataFlowTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (!m_editable || parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_flows.erase(m_flows.begin() + row, m_flows.begin() + row + count);
    endRemoveRows();
    return true;
}

} // namespace palisade::ui
