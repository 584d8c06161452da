#include "core/risk/AssetStore.h"

#include "core/storage/Database.h"

#include <QHash>

namespace palisade {
namespace {

const QString selectAsset = QStringLiteral(
    "SELECT id, name, kind, location, owner, phi_held, notes, created_at, updated_at "
    "FROM asset");

} // namespace

AssetStore::AssetStore(Database& db)
    : m_db(db)
{
}

Asset AssetStore::fromRow(const Statement& row)
{
    Asset asset;
    asset.id = row.int64(0);
    asset.name = row.text(1);
    asset.kind = assetKindFromKey(row.text(2)).value_or(AssetKind::Application);
    asset.location = row.text(3);
    asset.owner = row.text(4);
    asset.phiHeld = row.text(5);
    asset.notes = row.text(6);
    asset.createdAt = row.timestamp(7);
    asset.updatedAt = row.timestamp(8);
    return asset;
}

std::vector<Asset> AssetStore::all() const
{
    std::vector<Asset> assets;
    QHash<qint64, std::size_t> index;
    Statement rows = m_db.prepare(selectAsset + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    while (rows.step()) {
        assets.push_back(fromRow(rows));
        index.insert(assets.back().id, assets.size() - 1);
    }
    Statement flows = m_db.prepare(
        QStringLiteral("SELECT asset_id, source, destination, channel, encrypted_in_transit "
                       "FROM asset_data_flow ORDER BY asset_id, position"));
    while (flows.step()) {
        const auto it = index.constFind(flows.int64(0));
        if (it == index.constEnd())
            continue;
        assets[*it].dataFlows.push_back(
            DataFlow{flows.text(1), flows.text(2), flows.text(3), flows.int64(4) != 0});
    }
    return assets;
}

std::set<qint64> AssetStore::ids() const
{
    std::set<qint64> ids;
    Statement rows = m_db.prepare(QStringLiteral("SELECT id FROM asset"));
    while (rows.step())
        ids.insert(rows.int64(0));
    return ids;
}

std::optional<Asset> AssetStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectAsset + QStringLiteral(" WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    Asset asset = fromRow(row);
    Statement flows = m_db.prepare(QStringLiteral(
        "SELECT source, destination, channel, encrypted_in_transit FROM asset_data_flow "
        "WHERE asset_id = ?1 ORDER BY position"));
    flows.bind(1, id);
    while (flows.step())
        asset.dataFlows.push_back(
            DataFlow{flows.text(0), flows.text(1), flows.text(2), flows.int64(3) != 0});
    return asset;
}

std::optional<qint64> AssetStore::idForName(const QString& name) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT id FROM asset WHERE name = ?1 COLLATE NOCASE"));
    row.bind(1, name);
    if (!row.step())
        return std::nullopt;
    return row.int64(0);
}

void AssetStore::insert(Asset& asset)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO asset (name, kind, location, owner, phi_held, notes, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    stmt.bind(1, asset.name)
        .bind(2, assetKindKey(asset.kind))
        .bind(3, asset.location)
        .bind(4, asset.owner)
        .bind(5, asset.phiHeld)
        .bind(6, asset.notes);
    stmt.bindTimestamp(7, asset.createdAt).bindTimestamp(8, asset.updatedAt);
    stmt.exec();
    asset.id = m_db.lastInsertRowId();
    writeFlows(asset);
}

void AssetStore::update(const Asset& asset)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE asset SET name = ?2, kind = ?3, location = ?4, owner = ?5, phi_held = ?6, "
        "notes = ?7, updated_at = ?8 WHERE id = ?1"));
    stmt.bind(1, asset.id)
        .bind(2, asset.name)
        .bind(3, assetKindKey(asset.kind))
        .bind(4, asset.location)
        .bind(5, asset.owner)
        .bind(6, asset.phiHeld)
        .bind(7, asset.notes);
    stmt.bindTimestamp(8, asset.updatedAt);
    stmt.exec();
    Statement clear =
        m_db.prepare(QStringLiteral("DELETE FROM asset_data_flow WHERE asset_id = ?1"));
    clear.bind(1, asset.id).exec();
    writeFlows(asset);
}

void AssetStore::writeFlows(const Asset& asset)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO asset_data_flow (asset_id, position, source, destination, channel, "
        "encrypted_in_transit) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    int position = 0;
    for (const DataFlow& flow : asset.dataFlows) {
        stmt.reset();
        stmt.bind(1, asset.id)
            .bind(2, position++)
            .bind(3, flow.source)
            .bind(4, flow.destination)
            .bind(5, flow.channel)
            .bind(6, flow.encryptedInTransit ? 1 : 0);
        stmt.exec();
    }
}

void AssetStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM asset WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

qint64 AssetStore::riskCount(qint64 id) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM risk_asset WHERE asset_id = ?1"));
    row.bind(1, id);
    row.step();
    return row.int64(0);
}

qint64 AssetStore::counterpartyCount(qint64 id) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM counterparty_asset WHERE asset_id = ?1"));
    row.bind(1, id);
    row.step();
    return row.int64(0);
}

std::vector<qint64> AssetStore::riskIds(qint64 id) const
{
    std::vector<qint64> ids;
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT risk_id FROM risk_asset WHERE asset_id = ?1 ORDER BY risk_id"));
    rows.bind(1, id);
    while (rows.step())
        ids.push_back(rows.int64(0));
    return ids;
}

std::vector<qint64> AssetStore::counterpartyIds(qint64 id) const
{
    std::vector<qint64> ids;
    Statement rows = m_db.prepare(QStringLiteral("SELECT counterparty_id FROM counterparty_asset "
                                                 "WHERE asset_id = ?1 ORDER BY counterparty_id"));
    rows.bind(1, id);
    while (rows.step())
        ids.push_back(rows.int64(0));
    return ids;
}

} // namespace palisade
