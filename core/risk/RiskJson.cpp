#include "core/risk/RiskJson.h"

#include "core/util/CanonicalJsonWriter.h"
#include "core/util/IsoDate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace palisade {
namespace {

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateValue(const QDate& date)
{
    return optionalText(isoDate(date));
}

QJsonArray stringArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

QDate dateOf(const QJsonObject& json, const QString& key)
{
    return dateFromIso(json.value(key).toString());
}

Error malformed(const QString& field)
{
    return Error{ErrorKind::Integrity,
                 QCoreApplication::translate("palisade::RiskJson",
                                             "A recorded risk register entry is malformed."),
                 field};
}

} // namespace

JsonText RiskJson::toJsonText(const Risk& risk)
{
    QStringList assets;
    assets.reserve(qsizetype(risk.assetIds.size()));
    for (const qint64 id : risk.assetIds)
        assets << QString::number(id);
    CanonicalJsonWriter json;
    json.add("id", QString::number(risk.id))
        .add("title", risk.title)
        .add("description", risk.description)
        .add("asset_ids", assets)
        .add("threat_source", risk.threatSource)
        .add("threat_event", risk.threatEvent)
        .add("vulnerability", risk.vulnerability)
        .add("existing_controls", risk.existingControls)
        .add("likelihood", riskLevelKey(risk.inherent.likelihood))
        .add("impact", riskLevelKey(risk.inherent.impact))
        .add("inherent_level", riskLevelKey(risk.inherentLevel))
        .add("treatment", riskTreatmentKey(risk.treatment))
        .add("treatment_plan", risk.treatmentPlan)
        .addOrNull("residual_likelihood",
                   risk.residual ? riskLevelKey(risk.residual->likelihood) : QString())
        .addOrNull("residual_impact",
                   risk.residual ? riskLevelKey(risk.residual->impact) : QString())
        .addOrNull("residual_level",
                   risk.residualLevel ? riskLevelKey(*risk.residualLevel) : QString())
        .add("owner", risk.owner)
        .add("status", riskStatusKey(risk.status))
        .addOrNull("identified_on", isoDate(risk.identifiedOn))
        .addOrNull("due_on", isoDate(risk.dueOn))
        .add("accepted_by", risk.acceptance.approver)
        .addOrNull("accepted_on", isoDate(risk.acceptance.acceptedOn))
        .add("acceptance_rationale", risk.acceptance.rationale)
        .addOrNull("acceptance_expires_on", isoDate(risk.acceptance.expiresOn))
        .addOrNull("last_assessed_on", isoDate(risk.lastAssessedOn))
        .addOrNull("next_reassessment_on", isoDate(risk.nextReassessmentOn))
        .addOrNull("closed_on", isoDate(risk.closedOn))
        .add("citations", risk.citations);
    return json.finish();
}

QJsonObject RiskJson::toJson(const Risk& risk)
{
    return toJsonText(risk).object();
}

Result<Risk> RiskJson::riskFromJson(const QJsonObject& json)
{
    Risk risk;
    bool idOk = false;
    risk.id = json.value(QStringLiteral("id")).toString().toLongLong(&idOk);
    if (!idOk)
        return malformed(QStringLiteral("id"));
    for (const QJsonValue& asset : json.value(QStringLiteral("asset_ids")).toArray())
        risk.assetIds.push_back(asset.toString().toLongLong());
    risk.title = json.value(QStringLiteral("title")).toString();
    risk.description = json.value(QStringLiteral("description")).toString();
    risk.threatSource = json.value(QStringLiteral("threat_source")).toString();
    risk.threatEvent = json.value(QStringLiteral("threat_event")).toString();
    risk.vulnerability = json.value(QStringLiteral("vulnerability")).toString();
    risk.existingControls = json.value(QStringLiteral("existing_controls")).toString();

    const auto likelihood = riskLevelFromKey(json.value(QStringLiteral("likelihood")).toString());
    const auto impact = riskLevelFromKey(json.value(QStringLiteral("impact")).toString());
    const auto treatment = riskTreatmentFromKey(json.value(QStringLiteral("treatment")).toString());
    const auto status = riskStatusFromKey(json.value(QStringLiteral("status")).toString());
    if (!likelihood || !impact || !treatment || !status)
        return malformed(QStringLiteral("levels, treatment or status"));
    risk.inherent = RiskRating{*likelihood, *impact};
    risk.treatment = *treatment;
    risk.status = *status;
    risk.treatmentPlan = json.value(QStringLiteral("treatment_plan")).toString();

    const QJsonValue residualLikelihood = json.value(QStringLiteral("residual_likelihood"));
    const QJsonValue residualImpact = json.value(QStringLiteral("residual_impact"));
    if (residualLikelihood.isString() && residualImpact.isString()) {
        const auto l = riskLevelFromKey(residualLikelihood.toString());
        const auto i = riskLevelFromKey(residualImpact.toString());
        if (!l || !i)
            return malformed(QStringLiteral("residual"));
        risk.residual = RiskRating{*l, *i};
    }
    risk.owner = json.value(QStringLiteral("owner")).toString();
    risk.identifiedOn = dateOf(json, QStringLiteral("identified_on"));
    risk.dueOn = dateOf(json, QStringLiteral("due_on"));
    risk.acceptance.approver = json.value(QStringLiteral("accepted_by")).toString();
    risk.acceptance.acceptedOn = dateOf(json, QStringLiteral("accepted_on"));
    risk.acceptance.rationale = json.value(QStringLiteral("acceptance_rationale")).toString();
    risk.acceptance.expiresOn = dateOf(json, QStringLiteral("acceptance_expires_on"));
    risk.lastAssessedOn = dateOf(json, QStringLiteral("last_assessed_on"));
    risk.nextReassessmentOn = dateOf(json, QStringLiteral("next_reassessment_on"));
    // Absent from events recorded before risks carried their closing date.
    risk.closedOn = dateOf(json, QStringLiteral("closed_on"));
    risk.citations = stringList(json.value(QStringLiteral("citations")));
    return risk;
}

QJsonObject RiskJson::toJson(const RemediationTask& task)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(task.id)},
        {QStringLiteral("risk_id"), QString::number(task.riskId)},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("owner"), task.owner},
        {QStringLiteral("due_on"), dateValue(task.dueOn)},
        {QStringLiteral("status"), taskStatusKey(task.status)},
        {QStringLiteral("completed_on"), dateValue(task.completedOn)},
        {QStringLiteral("evidence_note"), task.evidenceNote},
        {QStringLiteral("citations"), stringArray(task.citations)},
    };
}

Result<RemediationTask> RiskJson::taskFromJson(const QJsonObject& json)
{
    RemediationTask task;
    bool idOk = false;
    bool riskOk = false;
    task.id = json.value(QStringLiteral("id")).toString().toLongLong(&idOk);
    task.riskId = json.value(QStringLiteral("risk_id")).toString().toLongLong(&riskOk);
    const auto status = taskStatusFromKey(json.value(QStringLiteral("status")).toString());
    if (!idOk || !riskOk || !status)
        return malformed(QStringLiteral("task"));
    task.title = json.value(QStringLiteral("title")).toString();
    task.owner = json.value(QStringLiteral("owner")).toString();
    task.dueOn = dateOf(json, QStringLiteral("due_on"));
    task.status = *status;
    task.completedOn = dateOf(json, QStringLiteral("completed_on"));
    task.evidenceNote = json.value(QStringLiteral("evidence_note")).toString();
    task.citations = stringList(json.value(QStringLiteral("citations")));
    return task;
}

} // namespace palisade
