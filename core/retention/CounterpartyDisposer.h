#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of a counterparty with its contacts and asset links; refused while an agreement with it
// remains.
class CounterpartyDisposer final : public RecordDisposer
{
public:
    explicit CounterpartyDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    std::vector<RecordRef> dependents(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
