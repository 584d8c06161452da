#include "core/audit/AuditTrail.h"

#include "core/audit/AuditHasher.h"
#include "core/storage/StorageError.h"
#include "core/util/CanonicalJson.h"
#include "core/util/Clock.h"

namespace palisade {

AuditTrail::AuditTrail(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_store(db)
{
}

AuditEvent AuditTrail::record(const QString& actor, const QString& action, const QString& entity,
                              const QString& recordId, const QJsonObject& before,
                              const QJsonObject& after)
{
    const std::optional<std::pair<qint64, QString>> previous = m_store.head();
    AuditEvent event;
    event.seq = previous ? previous->first + 1 : 1;
    // Stored with millisecond precision; hash what is stored.
    const QDateTime now = m_clock.nowUtc().toUTC();
    event.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    event.actor = actor;
    event.action = action;
    event.entity = entity;
    event.recordId = recordId;
    event.before = canonicalJson(before);
    event.after = canonicalJson(after);
    event.prevHash = previous ? previous->second : AuditHasher::genesisHash();
    event.hash = AuditHasher::hash(event);
    m_store.insert(event);
    return event;
}

std::vector<AuditEvent> AuditTrail::events(const AuditQuery& query) const
{
    return m_store.find(query);
}

qint64 AuditTrail::count() const
{
    return m_store.count();
}

QString AuditTrail::headHash() const
{
    const std::optional<std::pair<qint64, QString>> head = m_store.head();
    return head ? head->second : AuditHasher::genesisHash();
}

QStringList AuditTrail::actors() const
{
    return m_store.distinctValues(QStringLiteral("actor"));
}

QStringList AuditTrail::actions() const
{
    return m_store.distinctValues(QStringLiteral("action"));
}

QStringList AuditTrail::entities() const
{
    return m_store.distinctValues(QStringLiteral("entity"));
}

ChainVerification AuditTrail::verify(const std::function<bool(qint64)>& progress) const
{
    ChainVerification result;
    result.headHash = AuditHasher::genesisHash();
    qint64 expectedSeq = 1;
    try {
        walk(result, expectedSeq, progress);
    } catch (const StorageError&) {
        result.intact = false;
        result.cancelled = false;
        result.problem = ChainVerification::Problem::Unreadable;
        result.firstBrokenSeq = expectedSeq;
    }
    return result;
}

void AuditTrail::walk(ChainVerification& result, qint64& expectedSeq,
                      const std::function<bool(qint64)>& progress) const
{
    m_store.forEach([&](const AuditEvent& event) {
        const auto fail = [&](ChainVerification::Problem problem) {
            result.intact = false;
            result.problem = problem;
            result.firstBrokenSeq = event.seq;
            return false;
        };
        if (event.seq != expectedSeq)
            return fail(ChainVerification::Problem::Gap);
        if (event.prevHash != result.headHash)
            return fail(ChainVerification::Problem::LinkBroken);
        if (AuditHasher::hash(event) != event.hash)
            return fail(ChainVerification::Problem::ContentChanged);
        result.headHash = event.hash;
        ++result.eventsChecked;
        ++expectedSeq;
        if (progress && result.eventsChecked % 10000 == 0 && !progress(result.eventsChecked)) {
            result.cancelled = true;
            return false;
        }
        return true;
    });
}

} // namespace palisade
