#include "core/audit/AuditTrail.h"

#include "core/audit/AuditHasher.h"
#include "core/audit/RedactionMarker.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <future>
#include <optional>
#include <set>

namespace palisade {

AuditTrail::AuditTrail(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_store(db)
{
}

AuditEvent AuditTrail::record(const QString& actor, const QString& action, const QString& entity,
                              const QString& recordId, const JsonText& before,
                              const JsonText& after)
{
    const std::optional<std::pair<qint64, QString>> previous = m_store.head();
    AuditEvent event;
    event.seq = previous ? previous->first + 1 : 1;
    event.format = AuditHasher::currentFormat;
    // Stored with millisecond precision; hash what is stored.
    const QDateTime now = m_clock.nowUtc().toUTC();
    event.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    event.actor = actor;
    event.action = action;
    event.entity = entity;
    event.recordId = recordId;
    event.before = before.bytes();
    event.after = after.bytes();
    event.prevHash = previous ? previous->second : AuditHasher::genesisHash();
    event.hash = AuditHasher::hash(event);
    m_store.insert(event);
    return event;
}

std::vector<AuditEvent> AuditTrail::events(const AuditQuery& query) const
{
    return m_store.find(query);
}

std::vector<AuditEvent>
AuditTrail::eventsHoldingContent(const std::vector<AuditSubject>& subjects) const
{
    const auto holdsContent = [](const QByteArray& side) {
        return side != "{}" && !RedactionMarker::parse(side);
    };
    std::map<qint64, AuditEvent> found;
    for (const AuditSubject& subject : subjects) {
        AuditQuery query;
        query.entity = subject.entity;
        query.recordId = subject.recordId;
        query.relatedField = subject.relatedField;
        query.relatedValue = subject.relatedValue;
        for (AuditEvent& event : m_store.find(query)) {
            if (holdsContent(event.before) || holdsContent(event.after))
                found.emplace(event.seq, std::move(event));
        }
    }
    std::vector<AuditEvent> events;
    events.reserve(found.size());
    for (auto& [seq, event] : found)
        events.push_back(std::move(event));
    return events;
}

void AuditTrail::redact(const std::vector<AuditEvent>& events, qint64 byEvent)
{
    const auto redacted = [byEvent](const QByteArray& side) {
        if (side == "{}" || RedactionMarker::parse(side))
            return side;
        return RedactionMarker{byEvent, QString::fromLatin1(AuditHasher::sideDigest(side))}
            .toJson();
    };
    for (AuditEvent event : events) {
        if (event.format < 2 || event.seq >= byEvent)
            continue;
        event.before = redacted(event.before);
        event.after = redacted(event.after);
        m_store.redact(event, byEvent);
    }
}

qint64 AuditTrail::count() const
{
    return m_store.count();
}

std::vector<AuditMonthCount> AuditTrail::countsByMonth(const QDate& from, const QDate& to) const
{
    return m_store.countsByMonth(from, to);
}

QString AuditTrail::headHash() const
{
    const std::optional<std::pair<qint64, QString>> head = m_store.head();
    return head ? head->second : AuditHasher::genesisHash();
}

qint64 AuditTrail::lastSeq() const
{
    const std::optional<std::pair<qint64, QString>> head = m_store.head();
    return head ? head->first : 0;
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

namespace {

// Verification reads events in batches and hashes one batch on a worker
// thread while the next is read: reading (decrypting pages, copying the
// columns into the batch's one buffer) and hashing cost about the same, so
// the two cores share them. The events are hashed as the bytes stored, never
// decoded into text.
constexpr std::size_t verifyBatch = 4096;

std::vector<QByteArray> hashesOf(const std::vector<StoredAuditEvent>& events)
{
    std::vector<QByteArray> hashes;
    hashes.reserve(events.size());
    for (const StoredAuditEvent& event : events)
        hashes.push_back(AuditHasher::hash(event));
    return hashes;
}

} // namespace

void AuditTrail::walk(ChainVerification& result, qint64& expectedSeq,
                      const std::function<bool(qint64)>& progress) const
{
    // Redacted events by the sequence number of the event that must list them.
    std::map<qint64, std::vector<qint64>> pending;
    QByteArray head = result.headHash.toLatin1();
    // In sequence order, each with its recomputed hash; false once the walk stops.
    const auto check = [&](const std::vector<StoredAuditEvent>& events,
                           const std::vector<QByteArray>& hashes) {
        for (std::size_t i = 0; i < events.size(); ++i) {
            const StoredAuditEvent& event = events[i];
            const auto fail = [&](ChainVerification::Problem problem) {
                result.intact = false;
                result.problem = problem;
                result.firstBrokenSeq = event.seq;
                return false;
            };
            if (event.seq != expectedSeq)
                return fail(ChainVerification::Problem::Gap);
            if (event.prevHash != head)
                return fail(ChainVerification::Problem::LinkBroken);
            if (hashes[i].isEmpty() || hashes[i] != event.hash)
                return fail(ChainVerification::Problem::ContentChanged);
            if (!redactionsAccounted(event, result, pending))
                return false;
            head = event.hash;
            ++result.eventsChecked;
            ++expectedSeq;
            if (progress && result.eventsChecked % 10000 == 0 && !progress(result.eventsChecked)) {
                result.cancelled = true;
                return false;
            }
        }
        return true;
    };

    // The batch being hashed on the worker; declared before the future so
    // that the worker is waited for before its batch goes away.
    std::optional<StoredAuditBatch> hashing;
    std::future<std::vector<QByteArray>> hashed;
    const auto checkHashed = [&] {
        const bool intact = check(hashing->events(), hashed.get());
        // `head` points into the batch; keep its own copy past it.
        head = QByteArray(head.constData(), head.size());
        return intact;
    };
    bool going = true;
    try {
        m_store.forEachStoredBatch(verifyBatch, [&](StoredAuditBatch&& batch) {
            if (hashed.valid() && !checkHashed())
                return going = false;
            hashing = std::move(batch);
            const std::vector<StoredAuditEvent>& events = hashing->events();
            hashed = std::async(std::launch::async, [&events] { return hashesOf(events); });
            return true;
        });
    } catch (...) {
        result.headHash = QString::fromLatin1(head);
        throw;
    }
    if (going && hashed.valid())
        going = checkHashed();
    result.headHash = QString::fromLatin1(head);
    // A marker naming an event that was never recorded.
    if (going && !pending.empty()) {
        result.intact = false;
        result.problem = ChainVerification::Problem::RedactionUnaccounted;
        result.firstBrokenSeq = pending.begin()->second.front();
    }
}

bool AuditTrail::redactionsAccounted(const StoredAuditEvent& event, ChainVerification& result,
                                     std::map<qint64, std::vector<qint64>>& pending)
{
    const auto fail = [&](qint64 seq) {
        result.intact = false;
        result.problem = ChainVerification::Problem::RedactionUnaccounted;
        result.firstBrokenSeq = seq;
        return false;
    };
    bool redacted = false;
    for (const QByteArray* side : {&event.before, &event.after}) {
        const std::optional<RedactionMarker> marker = RedactionMarker::parse(*side);
        if (!marker)
            continue;
        // Only a later event can record the disposal that redacted this one.
        if (event.format < 2 || marker->byEvent <= event.seq)
            return fail(event.seq);
        std::vector<qint64>& waiting = pending[marker->byEvent];
        if (waiting.empty() || waiting.back() != event.seq)
            waiting.push_back(event.seq);
        redacted = true;
    }
    if (redacted)
        ++result.redactedEvents;

    const auto named = pending.find(event.seq);
    if (named == pending.end())
        return true;
    std::set<qint64> listed;
    const QJsonArray list =
        QJsonDocument::fromJson(event.after).object().value(RedactionMarker::listKey()).toArray();
    for (const QJsonValue& value : list)
        listed.insert(value.toInteger());
    for (const qint64 seq : named->second) {
        if (!listed.contains(seq))
            return fail(seq);
    }
    pending.erase(named);
    return true;
}

} // namespace palisade
