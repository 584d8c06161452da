#include "core/retention/RemediationTaskDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/risk/RemediationTaskStore.h"
#include "core/risk/RiskJson.h"

namespace palisade {

RemediationTaskDisposer::RemediationTaskDisposer(Database& db)
    : m_db(db)
{
}

QString RemediationTaskDisposer::recordType() const
{
    return recordtype::remediationTask();
}

QJsonObject RemediationTaskDisposer::contentJson(qint64 id) const
{
    const std::optional<RemediationTask> task = RemediationTaskStore(m_db).find(id);
    return task ? RiskJson::toJson(*task) : QJsonObject();
}

void RemediationTaskDisposer::dispose(qint64 id)
{
    RemediationTaskStore(m_db).remove(id);
}

} // namespace palisade
