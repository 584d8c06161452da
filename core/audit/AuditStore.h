#pragma once

#include "core/audit/AuditEvent.h"
#include "core/audit/AuditQuery.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace palisade {

class Database;

// The SQL of the audit_event table. Only AuditTrail calls it.
class AuditStore
{
public:
    explicit AuditStore(Database& db);

    void insert(const AuditEvent& event);
    std::optional<AuditEvent> last() const;
    qint64 count() const;
    std::vector<AuditEvent> find(const AuditQuery& query) const;
    // Calls `visit` for every event in sequence order until it returns false.
    void forEach(const std::function<bool(const AuditEvent&)>& visit) const;
    QStringList distinctValues(const QString& column) const;

private:
    Database& m_db;
};

} // namespace palisade
