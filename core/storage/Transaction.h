#pragma once

namespace palisade {

class Database;

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit()
// was called. Every audited change runs inside one of these.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    bool isActive() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace palisade
