#pragma once

#include "core/incidents/IncidentEvidence.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the incident_evidence table. Rows never change once written.
class EvidenceStore
{
public:
    explicit EvidenceStore(Database& db);

    std::vector<IncidentEvidence> forIncident(qint64 incidentId) const; // by time added, then id
    std::optional<IncidentEvidence> find(qint64 id) const;
    void insert(IncidentEvidence& evidence); // sets evidence.id
    // Deletes every piece of evidence of the incident and the files they carry.
    void removeAllWithFiles(qint64 incidentId);

private:
    static IncidentEvidence fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
