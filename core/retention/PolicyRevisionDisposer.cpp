#include "core/retention/PolicyRevisionDisposer.h"

#include "core/policies/PolicyApprovalStore.h"
#include "core/policies/PolicyEntities.h"
#include "core/policies/PolicyJson.h"
#include "core/policies/PolicyRevisionStore.h"
#include "core/retention/RecordTypes.h"
#include "core/training/PolicyAcknowledgmentStore.h"

#include <QJsonArray>

namespace palisade {

PolicyRevisionDisposer::PolicyRevisionDisposer(Database& db)
    : m_db(db)
{
}

QString PolicyRevisionDisposer::recordType() const
{
    return recordtype::policyRevision();
}

QJsonObject PolicyRevisionDisposer::contentJson(qint64 id) const
{
    const std::optional<PolicyRevision> revision = PolicyRevisionStore(m_db).find(id);
    if (!revision)
        return {};
    QJsonObject json = PolicyJson::toJson(*revision);
    QJsonArray approvals;
    for (const PolicyApproval& approval : PolicyApprovalStore(m_db).forRevision(id))
        approvals.append(PolicyJson::toJson(approval, revision->policyId));
    json.insert(QStringLiteral("approvals"), approvals);
    return json;
}

std::vector<RecordRef> PolicyRevisionDisposer::parts(qint64 id) const
{
    std::vector<RecordRef> out;
    for (const PolicyAcknowledgment& each : PolicyAcknowledgmentStore(m_db).forRevision(id))
        out.push_back(RecordRef{recordtype::policyAcknowledgment(), each.id});
    return out;
}

std::vector<AuditSubject> PolicyRevisionDisposer::auditSubjects(qint64 id) const
{
    const QString key = QString::number(id);
    return {AuditSubject{policyentity::revision(), key, {}, {}},
            AuditSubject{policyentity::approval(), {}, QStringLiteral("revision_id"), key}};
}

void PolicyRevisionDisposer::dispose(qint64 id)
{
    const std::optional<PolicyRevision> revision = PolicyRevisionStore(m_db).find(id);
    if (!revision)
        return;
    PolicyApprovalStore approvals(m_db);
    for (const PolicyApproval& approval : approvals.forRevision(id))
        approvals.remove(approval.id);
    PolicyRevisionStore(m_db).removeWithFile(*revision);
}

} // namespace palisade
