#include "core/policies/PolicyJson.h"

#include "core/files/StoredFileJson.h"
#include "core/util/IsoDate.h"

#include <QJsonArray>
#include <QJsonValue>

namespace palisade {

QJsonObject PolicyJson::toJson(const Policy& policy)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(policy.id)},
        {QStringLiteral("code"), policy.code},
        {QStringLiteral("title"), policy.title},
        {QStringLiteral("category"), policyCategoryKey(policy.category)},
        {QStringLiteral("owner"), policy.owner},
        {QStringLiteral("review_cycle_months"), policy.reviewCycleMonths},
        {QStringLiteral("citations"), QJsonArray::fromStringList(policy.citations)},
        {QStringLiteral("required_approval_roles"),
         QJsonArray::fromStringList(policy.requiredApprovalRoles)},
        {QStringLiteral("template"), policy.templateKey},
        {QStringLiteral("retired_on"), isoDate(policy.retiredOn)},
    };
}

QJsonObject PolicyJson::toJson(const PolicyRevision& revision)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(revision.id)},
        {QStringLiteral("policy_id"), QString::number(revision.policyId)},
        {QStringLiteral("number"), revision.number},
        {QStringLiteral("state"), revisionStateKey(revision.state)},
        {QStringLiteral("change_summary"), revision.changeSummary},
        {QStringLiteral("author"), revision.author},
        {QStringLiteral("content"), revision.content},
        {QStringLiteral("file"),
         revision.file ? QJsonValue(StoredFileJson::toJson(*revision.file)) : QJsonValue()},
        {QStringLiteral("approved_on"), isoDate(revision.approvedOn)},
        {QStringLiteral("effective_on"), isoDate(revision.effectiveOn)},
        {QStringLiteral("ended_on"), isoDate(revision.endedOn)},
    };
}

QJsonObject PolicyJson::toJson(const PolicyApproval& approval, qint64 policyId)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(approval.id)},
        {QStringLiteral("revision_id"), QString::number(approval.revisionId)},
        {QStringLiteral("policy_id"), QString::number(policyId)},
        {QStringLiteral("approver"), approval.approver},
        {QStringLiteral("role"), approval.role},
        {QStringLiteral("approved_on"), isoDate(approval.approvedOn)},
        {QStringLiteral("meaning"), approval.meaning},
        {QStringLiteral("recorded_by"), approval.recordedBy},
    };
}

} // namespace palisade
