#pragma once

#include "core/retention/RecordDisposer.h"

namespace palisade {

class Database;

// Disposes of an asset and its data flows; refused while a risk or a counterparty names it.
class AssetDisposer final : public RecordDisposer
{
public:
    explicit AssetDisposer(Database& db);

    QString recordType() const override;
    QJsonObject contentJson(qint64 id) const override;
    std::vector<RecordRef> dependents(qint64 id) const override;
    void dispose(qint64 id) override;

private:
    Database& m_db;
};

} // namespace palisade
