#include "core/retention/PolicyAcknowledgmentDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/training/PolicyAcknowledgmentStore.h"
#include "core/training/TrainingJson.h"

namespace palisade {

PolicyAcknowledgmentDisposer::PolicyAcknowledgmentDisposer(Database& db)
    : m_db(db)
{
}

QString PolicyAcknowledgmentDisposer::recordType() const
{
    return recordtype::policyAcknowledgment();
}

QJsonObject PolicyAcknowledgmentDisposer::contentJson(qint64 id) const
{
    const std::optional<PolicyAcknowledgment> acknowledgment =
        PolicyAcknowledgmentStore(m_db).find(id);
    return acknowledgment ? TrainingJson::toJson(*acknowledgment) : QJsonObject();
}

void PolicyAcknowledgmentDisposer::dispose(qint64 id)
{
    PolicyAcknowledgmentStore(m_db).remove(id);
}

} // namespace palisade
