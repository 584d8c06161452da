#include "core/training/TrainingJson.h"

#include "core/files/StoredFileJson.h"
#include "core/util/IsoDate.h"

#include <QJsonArray>
#include <QJsonValue>

namespace palisade {
namespace {

QString idText(qint64 id)
{
    return QString::number(id);
}

QJsonValue optionalId(const std::optional<qint64>& id)
{
    return id ? QJsonValue(idText(*id)) : QJsonValue();
}

QJsonValue optionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QJsonObject TrainingJson::toJson(const WorkforceRole& role)
{
    return QJsonObject{
        {QStringLiteral("key"), role.key},
        {QStringLiteral("label"), role.label},
        {QStringLiteral("position"), role.position},
    };
}

QJsonObject TrainingJson::toJson(const Person& person)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(person.id)},
        {QStringLiteral("employee_id"), person.employeeId},
        {QStringLiteral("name"), person.name},
        {QStringLiteral("email"), person.email},
        {QStringLiteral("department"), person.department},
        {QStringLiteral("roles"), QJsonArray::fromStringList(person.roles)},
        {QStringLiteral("status"), personStatusKey(person.status)},
        {QStringLiteral("hired_on"), isoDate(person.hiredOn)},
        {QStringLiteral("phi_access_on"), isoDate(person.phiAccessOn)},
        {QStringLiteral("terminated_on"), isoDate(person.terminatedOn)},
        {QStringLiteral("import_batch_id"), optionalId(person.importBatchId)},
    };
}

QJsonObject TrainingJson::toJson(const Course& course)
{
    QJsonArray policies;
    for (qint64 id : course.policyIds)
        policies.append(idText(id));
    return QJsonObject{
        {QStringLiteral("id"), idText(course.id)},
        {QStringLiteral("title"), course.title},
        {QStringLiteral("kind"), courseKindKey(course.kind)},
        {QStringLiteral("cadence"), cadenceKey(course.cadence)},
        {QStringLiteral("cadence_months"),
         course.cadence == Cadence::EveryMonths ? QJsonValue(course.cadenceMonths) : QJsonValue()},
        {QStringLiteral("passing_score"), optionalInt(course.passingScore)},
        {QStringLiteral("validity_months"), optionalInt(course.validityMonths)},
        {QStringLiteral("description"), course.description},
        {QStringLiteral("roles"), QJsonArray::fromStringList(course.roles)},
        {QStringLiteral("policy_ids"), policies},
        {QStringLiteral("retired_on"), isoDate(course.retiredOn)},
    };
}

QJsonObject TrainingJson::toJson(const Completion& completion)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(completion.id)},
        {QStringLiteral("person_id"), idText(completion.personId)},
        {QStringLiteral("course_id"), idText(completion.courseId)},
        {QStringLiteral("completed_on"), isoDate(completion.completedOn)},
        {QStringLiteral("score"), completion.score ? QJsonValue(*completion.score) : QJsonValue()},
        {QStringLiteral("passed"), completion.passed},
        {QStringLiteral("attestation_text"), completion.attestationText},
        {QStringLiteral("attested_at"), isoTimestamp(completion.attestedAt)},
        {QStringLiteral("certificate"),
         completion.certificate ? QJsonValue(StoredFileJson::toJson(*completion.certificate))
                                : QJsonValue()},
        {QStringLiteral("source"), completionSourceKey(completion.source)},
        {QStringLiteral("import_batch_id"), optionalId(completion.importBatchId)},
        {QStringLiteral("recorded_by"), completion.recordedBy},
    };
}

QJsonObject TrainingJson::toJson(const PolicyAcknowledgment& acknowledgment)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(acknowledgment.id)},
        {QStringLiteral("person_id"), idText(acknowledgment.personId)},
        {QStringLiteral("revision_id"), idText(acknowledgment.revisionId)},
        {QStringLiteral("acknowledged_on"), isoDate(acknowledgment.acknowledgedOn)},
        {QStringLiteral("recorded_by"), acknowledgment.recordedBy},
    };
}

QJsonObject TrainingJson::toJson(const PhishingCampaign& campaign)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(campaign.id)},
        {QStringLiteral("run_on"), isoDate(campaign.runOn)},
        {QStringLiteral("template_name"), campaign.templateName},
        {QStringLiteral("recipients"), campaign.recipients},
        {QStringLiteral("clicked"), campaign.clicked},
        {QStringLiteral("reported"), campaign.reported},
        {QStringLiteral("trained_after_click"), campaign.trainedAfterClick},
        {QStringLiteral("notes"), campaign.notes},
    };
}

QJsonObject TrainingJson::toJson(const ImportBatch& batch)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(batch.id)},
        {QStringLiteral("source_name"), batch.sourceName},
        {QStringLiteral("kind"), importKindKey(batch.kind)},
        {QStringLiteral("file_name"), batch.fileName},
        {QStringLiteral("file_sha256"), batch.fileSha256},
        {QStringLiteral("imported_at"), isoTimestamp(batch.importedAt)},
        {QStringLiteral("imported_by"), batch.importedBy},
        {QStringLiteral("rows"), batch.rows},
    };
}

QJsonObject TrainingJson::toJson(const ImportMapping& mapping)
{
    return QJsonObject{
        {QStringLiteral("id"), idText(mapping.id)},
        {QStringLiteral("source_name"), mapping.sourceName},
        {QStringLiteral("kind"), importKindKey(mapping.kind)},
        {QStringLiteral("mapping"), mapping.mapping},
    };
}

} // namespace palisade
