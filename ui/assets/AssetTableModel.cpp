#include "ui/assets/AssetTableModel.h"

#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "ui/assets/FindingMark.h"

#include <QFont>
#include <QStringList>
#include <algorithm>

namespace palisade::ui {

AssetTableModel::AssetTableModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

bool AssetTableModel::reload()
{
    if (!m_program.isOpen())
        return false;
    Result<std::vector<Asset>> assets = m_program.assets().assets();
    if (!assets) {
        m_lastError = assets.error().message;
        beginResetModel();
        m_assets.clear();
        m_riskCounts.clear();
        endResetModel();
        return false;
    }
    QHash<qint64, int> counts;
    // The counts are a convenience; an unreadable register leaves them at zero
    // and the Risks area reports the failure itself.
    if (Result<std::vector<Risk>> risks = m_program.risks().risks()) {
        for (const Risk& risk : *risks) {
            for (const qint64 id : risk.assetIds)
                ++counts[id];
        }
    }
    m_lastError.clear();
    beginResetModel();
    m_assets = std::move(assets).value();
    m_riskCounts = std::move(counts);
    endResetModel();
    return true;
}

int AssetTableModel::rowForId(qint64 id) const
{
    const auto it = std::find_if(m_assets.begin(), m_assets.end(),
                                 [id](const Asset& asset) { return asset.id == id; });
    return it == m_assets.end() ? -1 : int(it - m_assets.begin());
}

int AssetTableModel::totalUnencryptedFlows() const
{
    int total = 0;
    for (const Asset& asset : m_assets)
        total += unencryptedCount(asset);
    return total;
}

int AssetTableModel::unencryptedCount(const Asset& asset)
{
    return int(std::count_if(asset.dataFlows.begin(), asset.dataFlows.end(),
                             [](const DataFlow& flow) { return !flow.encryptedInTransit; }));
}

int AssetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_assets.size());
}

int AssetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetTableModel::displayData(const Asset& asset, int column) const
{
    switch (column) {
    case NameColumn:
        return asset.name;
    case KindColumn:
        return assetKindLabel(asset.kind);
    case OwnerColumn:
        return asset.owner;
    case LocationColumn:
        return asset.location;
    case PhiColumn:
        return QString(asset.phiHeld).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case FlowsColumn:
        return int(asset.dataFlows.size());
    case UnencryptedColumn:
        return unencryptedCount(asset);
    case RisksColumn:
        return linkedRiskCount(asset.id);
    }
    return {};
}

QVariant AssetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Asset& asset = assetAt(index.row());
    const int column = index.column();
    const int unencrypted = unencryptedCount(asset);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(asset, column);
    case Qt::DecorationRole:
        if (column == UnencryptedColumn && unencrypted > 0)
            return findingmark::icon();
        break;
    case Qt::ForegroundRole:
        if (column == UnencryptedColumn && unencrypted > 0)
            return findingmark::color();
        break;
    case Qt::FontRole:
        if (column == UnencryptedColumn && unencrypted > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case PhiColumn:
        case LocationColumn:
        case NameColumn:
            return displayData(asset, column);
        case UnencryptedColumn:
            if (unencrypted > 0)
                return tr("%n data flow(s) not encrypted in transit.", nullptr, unencrypted) +
                       QLatin1Char(' ') + findingmark::unencryptedExplanation();
            if (!asset.dataFlows.empty())
                return tr("Every data flow is encrypted in transit.");
            return tr("No data flows recorded.");
        case RisksColumn:
            return tr("%n risk(s) in the register name this asset.", nullptr,
                      linkedRiskCount(asset.id));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == FlowsColumn || column == UnencryptedColumn || column == RisksColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (column == UnencryptedColumn && unencrypted > 0)
            return tr("%n unencrypted (finding)", nullptr, unencrypted);
        break;
    case SortRole:
        return displayData(asset, column);
    case AssetIdRole:
        return asset.id;
    case UnencryptedCountRole:
        return unencrypted;
    case SearchTextRole:
        return searchText(asset);
    default:
        break;
    }
    return {};
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole &&
        (section == FlowsColumn || section == UnencryptedColumn || section == RisksColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PhiColumn:
            return tr("Which protected health information the asset creates, receives, keeps or "
                      "sends");
        case FlowsColumn:
            return tr("Paths ePHI takes to or from the asset");
        case UnencryptedColumn:
            return tr("Data flows not encrypted in transit; each one is a finding");
        case RisksColumn:
            return tr("Risks in the register that name the asset");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case OwnerColumn:
        return tr("Owner");
    case LocationColumn:
        return tr("Location");
    case PhiColumn:
        return tr("PHI held");
    case FlowsColumn:
        return tr("Flows");
    case UnencryptedColumn:
        return tr("Unencrypted");
    case RisksColumn:
        return tr("Risks");
    }
    return {};
}

QString AssetTableModel::searchText(const Asset& asset) const
{
    QStringList parts{asset.name,    assetKindLabel(asset.kind),
                      asset.owner,   asset.location,
                      asset.phiHeld, asset.notes};
    for (const DataFlow& flow : asset.dataFlows)
        parts << flow.source << flow.destination << flow.channel;
    return parts.join(QLatin1Char('\n'));
}

} // namespace palisade::ui
