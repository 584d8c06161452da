#pragma once

#include "core/vendors/Agreement.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the agreement tables (not their documents). Only BaaRegister
// calls it.
class AgreementStore
{
public:
    explicit AgreementStore(Database& db);

    std::vector<Agreement> all() const; // ascending id
    std::optional<Agreement> find(qint64 id) const;
    void insert(Agreement& agreement); // sets agreement.id
    void update(const Agreement& agreement);
    void remove(qint64 id);
    // How many downstream agreements name this one as their upstream.
    qint64 flowDownCount(qint64 id) const;
    // The downstream agreements that name this one as their upstream, ascending.
    std::vector<qint64> downstreamIds(qint64 id) const;

private:
    void bindFields(Statement& stmt, const Agreement& agreement) const;
    void writeChildren(const Agreement& agreement);
    void readChildren(std::vector<Agreement>& agreements, const QString& where) const;
    static Agreement fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
