#pragma once

#include "core/incidents/Incident.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of incidents: the incident row, its asset, covered-entity and
// affected-count rows, and its breach assessment, read as whole Incident values.
class IncidentStore
{
public:
    explicit IncidentStore(Database& db);

    std::vector<Incident> all() const; // by discovery date, then id
    std::optional<Incident> find(qint64 id) const;
    bool exists(qint64 id) const;
    // The incidents naming the asset among their affected systems, or the
    // counterparty among their covered entities, ascending.
    std::vector<qint64> namingAsset(qint64 assetId) const;
    std::vector<qint64> namingCounterparty(qint64 counterpartyId) const;
    // Writes the incident with its link rows (not its assessment); sets incident.id.
    void insert(Incident& incident);
    // Rewrites the incident and its link rows (not its assessment).
    void update(const Incident& incident);
    void saveAssessment(qint64 incidentId, const BreachAssessment& assessment,
                        const QDateTime& recordedAt);
    void clearAssessment(qint64 incidentId);
    // Deletes the incident; its links, assessment, actions and evidence rows go
    // with it (their files do not).
    void remove(qint64 id);

private:
    void writeLinks(const Incident& incident);
    void readLinks(Incident& incident) const;
    static Incident fromRow(const Statement& row);
    std::vector<qint64> ids(const QString& sql, qint64 id) const;

    Database& m_db;
};

} // namespace palisade
