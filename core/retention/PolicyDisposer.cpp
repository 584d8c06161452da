#include "core/retention/PolicyDisposer.h"

#include "core/policies/PolicyJson.h"
#include "core/policies/PolicyRevisionStore.h"
#include "core/policies/PolicyStore.h"
#include "core/retention/RecordTypes.h"

namespace palisade {

PolicyDisposer::PolicyDisposer(Database& db)
    : m_db(db)
{
}

QString PolicyDisposer::recordType() const
{
    return recordtype::policy();
}

QJsonObject PolicyDisposer::contentJson(qint64 id) const
{
    const std::optional<Policy> policy = PolicyStore(m_db).find(id);
    return policy ? PolicyJson::toJson(*policy) : QJsonObject();
}

std::vector<RecordRef> PolicyDisposer::parts(qint64 id) const
{
    std::vector<RecordRef> out;
    for (const PolicyRevision& revision : PolicyRevisionStore(m_db).forPolicy(id))
        out.push_back(RecordRef{recordtype::policyRevision(), revision.id});
    return out;
}

void PolicyDisposer::dispose(qint64 id)
{
    PolicyStore(m_db).remove(id);
}

} // namespace palisade
