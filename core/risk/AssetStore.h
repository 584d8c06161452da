#pragma once

#include "core/risk/Asset.h"

#include <optional>
#include <set>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the asset and asset_data_flow tables. Only AssetRegister calls it.
class AssetStore
{
public:
    explicit AssetStore(Database& db);

    std::vector<Asset> all() const;
    std::set<qint64> ids() const;
    std::optional<Asset> find(qint64 id) const;
    // The id of the asset with this name (case-insensitive), if any.
    std::optional<qint64> idForName(const QString& name) const;
    // Sets asset.id.
    void insert(Asset& asset);
    void update(const Asset& asset);
    void remove(qint64 id);
    // How many risks name this asset.
    qint64 riskCount(qint64 id) const;
    // How many counterparties name this asset.
    qint64 counterpartyCount(qint64 id) const;
    // The risks and the counterparties that name this asset, ascending.
    std::vector<qint64> riskIds(qint64 id) const;
    std::vector<qint64> counterpartyIds(qint64 id) const;

private:
    void writeFlows(const Asset& asset);
    static Asset fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
