#include "core/vendors/CounterpartyStore.h"

#include "core/storage/Database.h"

#include <QHash>

namespace palisade {
namespace {

const QString selectCounterparty =
    QStringLiteral("SELECT id, name, relationship, services, phi_types, shares_phi, notes, "
                   "created_at, updated_at FROM counterparty");

} // namespace

CounterpartyStore::CounterpartyStore(Database& db)
    : m_db(db)
{
}

Counterparty CounterpartyStore::fromRow(const Statement& row)
{
    Counterparty counterparty;
    counterparty.id = row.int64(0);
    counterparty.name = row.text(1);
    counterparty.relationship = counterpartyRelationshipFromKey(row.text(2))
                                    .value_or(CounterpartyRelationship::OtherVendor);
    counterparty.services = row.text(3);
    counterparty.phiTypes = row.text(4);
    counterparty.sharesPhi = row.int64(5) != 0;
    counterparty.notes = row.text(6);
    counterparty.createdAt = row.timestamp(7);
    counterparty.updatedAt = row.timestamp(8);
    return counterparty;
}

void CounterpartyStore::readChildren(std::vector<Counterparty>& counterparties,
                                     const QString& where) const
{
    QHash<qint64, std::size_t> index;
    for (std::size_t i = 0; i < counterparties.size(); ++i)
        index.insert(counterparties[i].id, i);
    Statement contacts = m_db.prepare(
        QStringLiteral(
            "SELECT counterparty_id, name, role, email, phone FROM counterparty_contact ") +
        where + QStringLiteral(" ORDER BY counterparty_id, position"));
    while (contacts.step()) {
        if (const auto it = index.constFind(contacts.int64(0)); it != index.constEnd())
            counterparties[*it].contacts.push_back(
                Contact{contacts.text(1), contacts.text(2), contacts.text(3), contacts.text(4)});
    }
    Statement assets =
        m_db.prepare(QStringLiteral("SELECT counterparty_id, asset_id FROM counterparty_asset ") +
                     where + QStringLiteral(" ORDER BY counterparty_id, asset_id"));
    while (assets.step()) {
        if (const auto it = index.constFind(assets.int64(0)); it != index.constEnd())
            counterparties[*it].assetIds.push_back(assets.int64(1));
    }
}

std::vector<Counterparty> CounterpartyStore::all() const
{
    std::vector<Counterparty> counterparties;
    Statement rows =
        m_db.prepare(selectCounterparty + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    while (rows.step())
        counterparties.push_back(fromRow(rows));
    readChildren(counterparties, {});
    return counterparties;
}

std::optional<Counterparty> CounterpartyStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectCounterparty + QStringLiteral(" WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    std::vector<Counterparty> found{fromRow(row)};
    readChildren(found, QStringLiteral("WHERE counterparty_id = %1").arg(id));
    return found.front();
}

std::optional<qint64> CounterpartyStore::idForName(const QString& name) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT id FROM counterparty WHERE name = ?1 COLLATE NOCASE"));
    row.bind(1, name);
    if (!row.step())
        return std::nullopt;
    return row.int64(0);
}

void CounterpartyStore::insert(Counterparty& counterparty)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO counterparty (name, relationship, services, phi_types, shares_phi, notes, "
        "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    stmt.bind(1, counterparty.name)
        .bind(2, counterpartyRelationshipKey(counterparty.relationship))
        .bind(3, counterparty.services)
        .bind(4, counterparty.phiTypes)
        .bind(5, counterparty.sharesPhi ? 1 : 0)
        .bind(6, counterparty.notes)
        .bindTimestamp(7, counterparty.createdAt)
        .bindTimestamp(8, counterparty.updatedAt);
    stmt.exec();
    counterparty.id = m_db.lastInsertRowId();
    writeChildren(counterparty);
}

void CounterpartyStore::update(const Counterparty& counterparty)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE counterparty SET name = ?2, relationship = ?3, services = ?4, phi_types = ?5, "
        "shares_phi = ?6, notes = ?7, updated_at = ?8 WHERE id = ?1"));
    stmt.bind(1, counterparty.id)
        .bind(2, counterparty.name)
        .bind(3, counterpartyRelationshipKey(counterparty.relationship))
        .bind(4, counterparty.services)
        .bind(5, counterparty.phiTypes)
        .bind(6, counterparty.sharesPhi ? 1 : 0)
        .bind(7, counterparty.notes)
        .bindTimestamp(8, counterparty.updatedAt);
    stmt.exec();
    for (const QString& table :
         {QStringLiteral("counterparty_contact"), QStringLiteral("counterparty_asset")}) {
        Statement clear =
            m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE counterparty_id = ?1").arg(table));
        clear.bind(1, counterparty.id).exec();
    }
    writeChildren(counterparty);
}

void CounterpartyStore::writeChildren(const Counterparty& counterparty)
{
    Statement contact = m_db.prepare(QStringLiteral(
        "INSERT INTO counterparty_contact (counterparty_id, position, name, role, email, phone) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    int position = 0;
    for (const Contact& item : counterparty.contacts) {
        contact.reset();
        contact.bind(1, counterparty.id)
            .bind(2, position++)
            .bind(3, item.name)
            .bind(4, item.role)
            .bind(5, item.email)
            .bind(6, item.phone);
        contact.exec();
    }
    Statement asset = m_db.prepare(QStringLiteral(
        "INSERT INTO counterparty_asset (counterparty_id, asset_id) VALUES (?1, ?2)"));
    for (qint64 assetId : counterparty.assetIds) {
        asset.reset();
        asset.bind(1, counterparty.id).bind(2, assetId);
        asset.exec();
    }
}

void CounterpartyStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM counterparty WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

qint64 CounterpartyStore::agreementCount(qint64 id) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM agreement WHERE counterparty_id = ?1"));
    row.bind(1, id);
    row.step();
    return row.int64(0);
}

std::vector<qint64> CounterpartyStore::agreementIds(qint64 id) const
{
    std::vector<qint64> ids;
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT id FROM agreement WHERE counterparty_id = ?1 ORDER BY id"));
    rows.bind(1, id);
    while (rows.step())
        ids.push_back(rows.int64(0));
    return ids;
}

} // namespace palisade
