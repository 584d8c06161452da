#pragma once

#include "core/risk/Asset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// The asset inventory, one row per asset, with counts of its data flows, of
// the flows that cross unencrypted (findings) and of the risks that name it.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        OwnerColumn,
        LocationColumn,
        PhiColumn,
        FlowsColumn,
        UnencryptedColumn,
        RisksColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        AssetIdRole,          // qint64
        UnencryptedCountRole, // int
        SearchTextRole,       // everything the filter should match
    };

    explicit AssetTableModel(Program& program, QObject* parent = nullptr);

    // Reads the assets and the risks that link them again.
    bool reload();
    // Why the last reload failed; empty when it did not.
    QString lastError() const { return m_lastError; }

    const Asset& assetAt(int row) const { return m_assets.at(size_t(row)); }
    // The row of the asset with this id, or -1.
    int rowForId(qint64 id) const;
    int linkedRiskCount(qint64 assetId) const { return m_riskCounts.value(assetId); }
    int totalUnencryptedFlows() const;

    static int unencryptedCount(const Asset& asset);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Asset& asset, int column) const;
    QString searchText(const Asset& asset) const;

    Program& m_program;
    std::vector<Asset> m_assets;
    QHash<qint64, int> m_riskCounts;
    QString m_lastError;
};

} // namespace palisade::ui
