#include "core/incidents/IncidentEvidenceRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/files/StoredFileJson.h"
#include "core/files/StoredFileKeeper.h"
#include "core/incidents/EvidenceStore.h"
#include "core/incidents/IncidentEntities.h"
#include "core/incidents/IncidentJson.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/storage/StorageGuard.h"
#include "core/util/Clock.h"

namespace palisade {

IncidentEvidenceRegister::IncidentEvidenceRegister(Program& program)
    : m_writer(program)
{
}

Result<std::vector<IncidentEvidence>> IncidentEvidenceRegister::evidence(qint64 incidentId) const
{
    return guardStorage(tr("Reading the evidence failed"),
                        [&] { return EvidenceStore(m_writer.database()).forIncident(incidentId); });
}

Result<IncidentEvidence> IncidentEvidenceRegister::item(qint64 evidenceId) const
{
    return IncidentWriter::required(
        guardStorage(tr("Reading the evidence failed"),
                     [&] { return EvidenceStore(m_writer.database()).find(evidenceId); }),
        tr("The evidence no longer exists."));
}

Result<IncidentEvidence> IncidentEvidenceRegister::addEvidence(qint64 incidentId,
                                                               const QString& note,
                                                               const QString& fileName,
                                                               const QByteArray& content)
{
    Program& program = m_writer.program();
    Result<Incident> stored = program.incidents().incident(incidentId);
    if (!stored)
        return stored.error();
    IncidentEvidence added;
    added.incidentId = incidentId;
    added.note = note.trimmed();
    Result<std::optional<PendingFile>> pending = m_writer.prepareOptionalFile(fileName, content);
    if (!pending)
        return pending.error();
    if (added.note.isEmpty() && !*pending)
        return IncidentWriter::refusal(
            tr("Evidence is a note, a file, or both: give at least one."));
    added.addedAt = program.clock().nowUtc();
    added.addedBy = program.actor();
    Result<void> written = m_writer.write(tr("Saving the evidence failed"), [&](AuditTrail& audit) {
        Database& db = m_writer.database();
        if (*pending)
            added.file = StoredFileKeeper(db).store(**pending);
        EvidenceStore(db).insert(added);
        m_writer.record(audit, QStringLiteral("added"), incidententity::evidence(), added.id, {},
                        IncidentJson::toJson(added));
    });
    if (!written)
        return written.error();
    emit evidenceChanged();
    return added;
}

Result<QByteArray> IncidentEvidenceRegister::evidenceContent(qint64 evidenceId) const
{
    Result<IncidentEvidence> stored = item(evidenceId);
    if (!stored)
        return stored.error();
    if (!stored->file)
        return IncidentWriter::refusal(tr("The evidence is a note without a file."));
    return StoredFileKeeper(m_writer.database()).content(stored->file->id);
}

Result<void> IncidentEvidenceRegister::saveEvidenceCopy(qint64 evidenceId, const QString& path)
{
    Result<IncidentEvidence> stored = item(evidenceId);
    if (!stored)
        return stored.error();
    Result<QByteArray> content = evidenceContent(evidenceId);
    if (!content)
        return content.error();
    if (Result<void> saved = StoredFileKeeper::saveCopy(*content, path); !saved)
        return saved;
    const QJsonObject copied{
        {QStringLiteral("id"), QString::number(stored->id)},
        {QStringLiteral("incident_id"), QString::number(stored->incidentId)},
        {QStringLiteral("file"), StoredFileJson::toJson(*stored->file)},
        {QStringLiteral("copied_to"), path},
    };
    // The copy is already written; only the record of it can fail here.
    return m_writer.write(tr("Recording the copy failed"), [&](AuditTrail& audit) {
        m_writer.record(audit, QStringLiteral("copied"), incidententity::evidence(), stored->id, {},
                        copied);
    });
}

} // namespace palisade
