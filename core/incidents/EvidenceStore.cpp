#include "core/incidents/EvidenceStore.h"

#include "core/files/StoredFileStore.h"
#include "core/storage/Database.h"

namespace palisade {
namespace {

QString selectEvidence()
{
    return QStringLiteral("SELECT e.id, e.incident_id, e.note, e.added_at, e.added_by, ") +
           StoredFileStore::columns(QStringLiteral("f")) +
           QStringLiteral(" FROM incident_evidence e LEFT JOIN stored_file f ON f.id = e.file_id ");
}

} // namespace

EvidenceStore::EvidenceStore(Database& db)
    : m_db(db)
{
}

IncidentEvidence EvidenceStore::fromRow(const Statement& row)
{
    IncidentEvidence evidence;
    evidence.id = row.int64(0);
    evidence.incidentId = row.int64(1);
    evidence.note = row.text(2);
    evidence.addedAt = row.timestamp(3);
    evidence.addedBy = row.text(4);
    evidence.file = StoredFileStore::fromRow(row, 5);
    return evidence;
}

std::vector<IncidentEvidence> EvidenceStore::forIncident(qint64 incidentId) const
{
    std::vector<IncidentEvidence> out;
    Statement rows = m_db.prepare(
        selectEvidence() + QStringLiteral("WHERE e.incident_id = ?1 ORDER BY e.added_at, e.id"));
    rows.bind(1, incidentId);
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<IncidentEvidence> EvidenceStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectEvidence() + QStringLiteral("WHERE e.id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

void EvidenceStore::insert(IncidentEvidence& evidence)
{
    Statement stmt = m_db.prepare(
        QStringLiteral("INSERT INTO incident_evidence (incident_id, note, file_id, added_at, "
                       "added_by) VALUES (?1, ?2, ?3, ?4, ?5)"));
    stmt.bind(1, evidence.incidentId).bind(2, evidence.note);
    if (evidence.file)
        stmt.bind(3, evidence.file->id);
    else
        stmt.bindNull(3);
    stmt.bindTimestamp(4, evidence.addedAt).bind(5, evidence.addedBy);
    stmt.exec();
    evidence.id = m_db.lastInsertRowId();
}

void EvidenceStore::removeAllWithFiles(qint64 incidentId)
{
    const std::vector<IncidentEvidence> all = forIncident(incidentId);
    Statement stmt =
        m_db.prepare(QStringLiteral("DELETE FROM incident_evidence WHERE incident_id = ?1"));
    stmt.bind(1, incidentId).exec();
    StoredFileStore files(m_db);
    for (const IncidentEvidence& evidence : all) {
        if (evidence.file)
            files.remove(evidence.file->id);
    }
}

} // namespace palisade
