#pragma once

#include "core/audit/AuditEvent.h"
#include "core/audit/AuditMonthCount.h"
#include "core/audit/AuditQuery.h"
#include "core/audit/StoredAuditBatch.h"
#include "core/storage/Statement.h"

#include <QStringList>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace palisade {

class Database;

// The SQL of the audit_event table. Only AuditTrail calls it.
class AuditStore
{
public:
    explicit AuditStore(Database& db);

    void insert(const AuditEvent& event);
    // Writes the event's redacted sides, which the schema allows only for a
    // format 2 event, with markers naming `byEvent`.
    void redact(const AuditEvent& event, qint64 byEvent);
    // The sequence number and hash of the newest event, for chaining the next one.
    std::optional<std::pair<qint64, QString>> head() const;
    qint64 count() const;
    // Events per month and entity between two UTC days, inclusive, by month
    // then entity.
    std::vector<AuditMonthCount> countsByMonth(const QDate& from, const QDate& to) const;
    std::vector<AuditEvent> find(const AuditQuery& query) const;
    // Calls `visit` with every event, as stored, in sequence order, in
    // batches of `batchSize` (the last one may be smaller), until it returns
    // false.
    void forEachStoredBatch(std::size_t batchSize,
                            const std::function<bool(StoredAuditBatch&&)>& visit) const;
    QStringList distinctValues(const QString& column) const;
    // Finalizes the cached statements so the connection can close at once.
    void releaseStatements();

private:
    // Prepared once: every audited change runs these two.
    Statement& cached(std::optional<Statement>& slot, const QString& sql) const;

    Database& m_db;
    mutable std::optional<Statement> m_insert;
    mutable std::optional<Statement> m_head;
};

} // namespace palisade
