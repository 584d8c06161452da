#include "core/retention/AssetDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/risk/AssetJson.h"
#include "core/risk/AssetStore.h"

namespace palisade {

AssetDisposer::AssetDisposer(Database& db)
    : m_db(db)
{
}

QString AssetDisposer::recordType() const
{
    return recordtype::asset();
}

QJsonObject AssetDisposer::contentJson(qint64 id) const
{
    const std::optional<Asset> asset = AssetStore(m_db).find(id);
    return asset ? AssetJson::toJson(*asset) : QJsonObject();
}

std::vector<RecordRef> AssetDisposer::dependents(qint64 id) const
{
    const AssetStore store(m_db);
    std::vector<RecordRef> out;
    for (const qint64 risk : store.riskIds(id))
        out.push_back(RecordRef{recordtype::risk(), risk});
    for (const qint64 counterparty : store.counterpartyIds(id))
        out.push_back(RecordRef{recordtype::counterparty(), counterparty});
    return out;
}

void AssetDisposer::dispose(qint64 id)
{
    AssetStore(m_db).remove(id);
}

} // namespace palisade
