#include "core/training/TrainingWriter.h"

#include "core/audit/AuditTrail.h"
#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/training/ImportBatchStore.h"
#include "core/training/TrainingEntities.h"
#include "core/training/TrainingJson.h"
#include "core/training/TrainingValidator.h"

namespace palisade {

TrainingWriter::TrainingWriter(Program& program)
    : m_program(program)
{
}

Database& TrainingWriter::database() const
{
    return m_program.database();
}

const Clock& TrainingWriter::clock() const
{
    return m_program.clock();
}

Result<void> TrainingWriter::write(const QString& failureContext,
                                   const std::function<void(AuditTrail&)>& work) const
{
    return m_program.transact(failureContext, work);
}

void TrainingWriter::record(AuditTrail& audit, const QString& action, const QString& entity,
                            const QString& id, const QJsonObject& before,
                            const QJsonObject& after) const
{
    audit.record(m_program.actor(), action, entity, id, before, after);
}

Result<bool> TrainingWriter::disposeIfRecord(const QString& recordType, qint64 id) const
{
    Result<DeletionPath> path = m_program.retention().checkDeletion(recordType, id);
    if (!path)
        return path.error();
    if (*path == DeletionPath::Delete)
        return false;
    Result<Disposal> disposed = m_program.retention().dispose(recordType, id);
    if (!disposed)
        return disposed.error();
    return true;
}

Result<bool> TrainingWriter::removeRecord(const QString& recordType, const QString& entity,
                                          qint64 id, const QJsonObject& before,
                                          const QString& failureContext,
                                          const std::function<void()>& deleteRows) const
{
    Result<bool> disposed = disposeIfRecord(recordType, id);
    if (!disposed || *disposed)
        return disposed;
    Result<void> written = write(failureContext, [&](AuditTrail& audit) {
        deleteRows();
        record(audit, QStringLiteral("deleted"), entity, idText(id), before, {});
    });
    if (!written)
        return written.error();
    return false;
}

QStringList TrainingWriter::prepareBatch(ImportBatch& batch, ImportKind kind)
{
    batch.id = 0;
    batch.kind = kind;
    batch.sourceName = batch.sourceName.simplified();
    batch.fileSha256 = batch.fileSha256.toLower();
    return TrainingValidator::problems(batch);
}

void TrainingWriter::storeBatch(AuditTrail& audit, ImportBatch& batch, const QDateTime& now) const
{
    batch.importedAt = now;
    batch.importedBy = m_program.actor();
    ImportBatchStore(m_program.database()).insert(batch);
    record(audit, QStringLiteral("imported"), trainingentity::importBatch(), idText(batch.id), {},
           TrainingJson::toJson(batch));
}

Error TrainingWriter::refusal(const QString& message)
{
    return Error{ErrorKind::Invalid, message, {}};
}

QString TrainingWriter::idText(qint64 id)
{
    return QString::number(id);
}

} // namespace palisade
