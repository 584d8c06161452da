#pragma once

#include "core/incidents/IncidentNotification.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the incident_notification table.
class NotificationStore
{
public:
    explicit NotificationStore(Database& db);

    std::vector<IncidentNotification> all() const;                  // by incident, date, id
    std::vector<IncidentNotification> forIncident(qint64 id) const; // by date, then id
    std::optional<IncidentNotification> find(qint64 id) const;
    int countFor(qint64 incidentId) const;
    void insert(IncidentNotification& notification); // sets notification.id
    // Deletes the notice and its file; only disposal may.
    void removeWithFile(qint64 id);

private:
    static IncidentNotification fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
