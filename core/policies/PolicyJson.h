#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyApproval.h"
#include "core/policies/PolicyRevision.h"

#include <QJsonObject>

namespace palisade {

// The JSON forms of the policy library's records, as the audit trail records
// them. Revisions and approvals carry "policy_id" so a policy's history can
// gather them.
class PolicyJson
{
public:
    static QJsonObject toJson(const Policy& policy);
    static QJsonObject toJson(const PolicyRevision& revision);
    static QJsonObject toJson(const PolicyApproval& approval, qint64 policyId);
};

} // namespace palisade
