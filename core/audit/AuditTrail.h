#pragma once

#include "core/audit/AuditEvent.h"
#include "core/audit/AuditQuery.h"
#include "core/audit/AuditStore.h"
#include "core/audit/ChainVerification.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
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
                      const QString& recordId, const QJsonObject& before = {},
                      const QJsonObject& after = {});

    std::vector<AuditEvent> events(const AuditQuery& query = {}) const;
    qint64 count() const;
    QString headHash() const;
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

    Database& m_db;
    const Clock& m_clock;
    AuditStore m_store;
};

} // namespace palisade
