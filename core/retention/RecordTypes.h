#pragma once

#include <QString>

namespace palisade::recordtype {

// The record types retention knows, as the retention_record view, legal holds,
// the disposal log and audit events store them. Stored, so they never change.
inline QString policy()
{
    return QStringLiteral("policy");
}
inline QString policyRevision()
{
    return QStringLiteral("policy_revision");
}
inline QString agreement()
{
    return QStringLiteral("agreement");
}
inline QString agreementDocument()
{
    return QStringLiteral("agreement_document");
}
inline QString counterparty()
{
    return QStringLiteral("counterparty");
}
inline QString risk()
{
    return QStringLiteral("risk");
}
inline QString remediationTask()
{
    return QStringLiteral("remediation_task");
}
inline QString asset()
{
    return QStringLiteral("asset");
}
inline QString person()
{
    return QStringLiteral("person");
}
inline QString trainingCompletion()
{
    return QStringLiteral("training_completion");
}
inline QString policyAcknowledgment()
{
    return QStringLiteral("policy_acknowledgment");
}
inline QString phishingCampaign()
{
    return QStringLiteral("phishing_campaign");
}
inline QString incident()
{
    return QStringLiteral("incident");
}
inline QString incidentNotification()
{
    return QStringLiteral("incident_notification");
}
inline QString auditEvent()
{
    return QStringLiteral("audit_event");
}

} // namespace palisade::recordtype
