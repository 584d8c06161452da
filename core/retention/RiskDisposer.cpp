#include "core/retention/RiskDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/risk/RemediationTaskStore.h"
#include "core/risk/RiskJson.h"
#include "core/risk/RiskStore.h"

namespace palisade {

RiskDisposer::RiskDisposer(Database& db)
    : m_db(db)
{
}

QString RiskDisposer::recordType() const
{
    return recordtype::risk();
}

QJsonObject RiskDisposer::contentJson(qint64 id) const
{
    const std::optional<Risk> risk = RiskStore(m_db).find(id);
    if (!risk)
        return {};
    QJsonObject json = RiskJson::toJson(*risk);
    // The levels depend on the matrix of the day and are not stored.
    json.remove(QStringLiteral("inherent_level"));
    json.remove(QStringLiteral("residual_level"));
    return json;
}

std::vector<RecordRef> RiskDisposer::parts(qint64 id) const
{
    std::vector<RecordRef> out;
    for (const RemediationTask& task : RemediationTaskStore(m_db).forRisk(id))
        out.push_back(RecordRef{recordtype::remediationTask(), task.id});
    return out;
}

void RiskDisposer::dispose(qint64 id)
{
    RiskStore(m_db).remove(id);
}

} // namespace palisade
