#pragma once

#include "core/audit/AuditEvent.h"
#include "core/audit/AuditQuery.h"
#include "core/audit/AuditStore.h"
#include "core/audit/AuditSubject.h"
#include "core/audit/ChainVerification.h"
#include "core/util/JsonText.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <map>
#include <vector>

namespace palisade {

class Clock;
class Database;

// The append-only, hash-chained record of every change. record() must be
// called inside the transaction that makes the change it describes.
class AuditTrail
{
public:
    AuditTrail(Database& db, const Clock& clock);

    AuditEvent record(const QString& actor, const QString& action, const QString& entity,
                      const QString& recordId, const JsonText& before = {},
                      const JsonText& after = {});

    std::vector<AuditEvent> events(const AuditQuery& query = {}) const;

    // The events about these subjects with a side that still holds a record's
    // state (not "{}", not already redacted), in sequence order.
    std::vector<AuditEvent> eventsHoldingContent(const std::vector<AuditSubject>& subjects) const;
    // Replaces every side of these events that holds a state with a
    // RedactionMarker naming `byEvent`, the event recording the disposal that
    // lists them. Format 1 events cannot be redacted without breaking the
    // chain and are left as they are. Call inside that event's transaction.
    void redact(const std::vector<AuditEvent>& events, qint64 byEvent);
    qint64 count() const;
    // Events per month and entity between two UTC days, inclusive.
    std::vector<AuditMonthCount> countsByMonth(const QDate& from, const QDate& to) const;
    QString headHash() const;
    // The sequence number of the newest event, 0 before the first.
    qint64 lastSeq() const;
    QStringList actors() const;
    QStringList actions() const;
    QStringList entities() const;

    // Walks the whole chain and names the first broken link. `progress` is
    // called now and then with the number of events checked; returning false
    // from it cancels (the result then covers what was checked).
    ChainVerification verify(const std::function<bool(qint64)>& progress = {}) const;

    // Called before the connection closes (locking).
    void releaseStatements() { m_store.releaseStatements(); }

private:
    void walk(ChainVerification& result, qint64& expectedSeq,
              const std::function<bool(qint64)>& progress) const;
    static bool redactionsAccounted(const StoredAuditEvent& event, ChainVerification& result,
                                    std::map<qint64, std::vector<qint64>>& pending);

    Database& m_db;
    const Clock& m_clock;
    AuditStore m_store;
};

} // namespace palisade
