#pragma once

#include "core/vendors/Counterparty.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the counterparty tables. Only CounterpartyRegister calls it.
class CounterpartyStore
{
public:
    explicit CounterpartyStore(Database& db);

    std::vector<Counterparty> all() const; // by name
    std::optional<Counterparty> find(qint64 id) const;
    // The id of the counterparty with this name (case-insensitive), if any.
    std::optional<qint64> idForName(const QString& name) const;
    void insert(Counterparty& counterparty); // sets counterparty.id
    void update(const Counterparty& counterparty);
    void remove(qint64 id);
    qint64 agreementCount(qint64 id) const;
    // The agreements with this counterparty, ascending.
    std::vector<qint64> agreementIds(qint64 id) const;

private:
    void writeChildren(const Counterparty& counterparty);
    void readChildren(std::vector<Counterparty>& counterparties, const QString& where) const;
    static Counterparty fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
