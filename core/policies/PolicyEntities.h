#pragma once

#include <QString>

namespace palisade::policyentity {

// The entity names the policy library's audit events carry. Stored in every
// event, so they never change.
inline QString policy()
{
    return QStringLiteral("policy");
}
inline QString revision()
{
    return QStringLiteral("policy_revision");
}
inline QString approval()
{
    return QStringLiteral("policy_approval");
}

} // namespace palisade::policyentity
