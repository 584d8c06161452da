#include "core/audit/AuditStore.h"

#include "core/audit/AuditHasher.h"
#include "core/storage/Database.h"
#include "core/util/IsoDate.h"

namespace palisade {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT seq, at, actor, action, entity, record_id, before_json, after_json, prev_hash, hash, "
    "format FROM audit_event");

AuditEvent readEvent(const Statement& stmt)
{
    AuditEvent event;
    event.seq = stmt.int64(0);
    const QString at = stmt.text(1);
    event.at = timestampFromIso(at);
    // Only the canonical text form is hashed; another spelling of the same
    // instant must not verify, or an outside verifier hashing the stored text
    // would disagree with Palisade.
    if (AuditHasher::timestamp(event.at) != at)
        event.at = QDateTime();
    event.actor = stmt.text(2);
    event.action = stmt.text(3);
    event.entity = stmt.text(4);
    event.recordId = stmt.text(5);
    event.before = stmt.blob(6);
    event.after = stmt.blob(7);
    event.prevHash = stmt.text(8);
    event.hash = stmt.text(9);
    event.format = int(stmt.int64(10));
    return event;
}

} // namespace

AuditStore::AuditStore(Database& db)
    : m_db(db)
{
}

Statement& AuditStore::cached(std::optional<Statement>& slot, const QString& sql) const
{
    if (!slot)
        slot.emplace(m_db.prepare(sql));
    slot->reset();
    return *slot;
}

void AuditStore::insert(const AuditEvent& event)
{
    Statement& stmt = cached(
        m_insert,
        QStringLiteral(
            "INSERT INTO audit_event (seq, at, actor, action, entity, record_id, before_json, "
            "after_json, prev_hash, hash, format) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    stmt.bind(1, event.seq)
        .bind(2, AuditHasher::timestamp(event.at))
        .bind(3, event.actor)
        .bind(4, event.action)
        .bind(5, event.entity)
        .bind(6, event.recordId)
        .bindUtf8(7, event.before)
        .bindUtf8(8, event.after)
        .bind(9, event.prevHash)
        .bind(10, event.hash)
        .bind(11, qint64(event.format));
    stmt.exec();
}

void AuditStore::redact(const AuditEvent& event, qint64 byEvent)
{
    Statement mark = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO audit_redacting (entity, record_id, by_event) "
                       "VALUES (?1, ?2, ?3)"));
    mark.bind(1, event.entity).bind(2, event.recordId).bind(3, byEvent);
    mark.exec();
    Statement update = m_db.prepare(
        QStringLiteral("UPDATE audit_event SET before_json = ?1, after_json = ?2 WHERE seq = ?3"));
    update.bind(1, QString::fromUtf8(event.before))
        .bind(2, QString::fromUtf8(event.after))
        .bind(3, event.seq);
    update.exec();
    m_db.exec(QStringLiteral("DELETE FROM audit_redacting"));
}

std::optional<std::pair<qint64, QString>> AuditStore::head() const
{
    Statement& stmt = cached(
        m_head, QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    std::optional<std::pair<qint64, QString>> result;
    if (stmt.step())
        result.emplace(stmt.int64(0), stmt.text(1));
    stmt.reset();
    return result;
}

qint64 AuditStore::count() const
{
    return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM audit_event"));
}

std::vector<AuditMonthCount> AuditStore::countsByMonth(const QDate& from, const QDate& to) const
{
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT substr(at, 1, 7) AS month, entity, count(*) FROM audit_event "
                       "WHERE at >= ?1 AND at < ?2 GROUP BY month, entity ORDER BY month, entity"));
    rows.bind(1, AuditHasher::timestamp(from.startOfDay(Qt::UTC)))
        .bind(2, AuditHasher::timestamp(to.addDays(1).startOfDay(Qt::UTC)));
    std::vector<AuditMonthCount> out;
    while (rows.step())
        out.push_back(AuditMonthCount{rows.text(0), rows.text(1), rows.int64(2)});
    return out;
}

std::vector<AuditEvent> AuditStore::find(const AuditQuery& query) const
{
    QStringList where;
    where << QStringLiteral("seq > :after");
    if (!query.text.isEmpty()) {
        where << QStringLiteral(
            "(instr(lower(actor), lower(:text)) OR instr(lower(action), lower(:text)) "
            "OR instr(lower(entity), lower(:text)) OR instr(lower(record_id), lower(:text)) "
            "OR instr(lower(before_json), lower(:text)) OR instr(lower(after_json), "
            "lower(:text)))");
    }
    if (!query.entity.isEmpty())
        where << QStringLiteral("entity = :entity");
    if (!query.entities.isEmpty()) {
        QStringList names;
        for (int i = 0; i < query.entities.size(); ++i)
            names << QStringLiteral(":entity%1").arg(i);
        where << QStringLiteral("entity IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (!query.recordId.isEmpty())
        where << QStringLiteral("record_id = :record");
    if (!query.relatedField.isEmpty()) {
        where << QStringLiteral("(json_extract(before_json, :path) = :related "
                                "OR json_extract(after_json, :path) = :related)");
    }
    if (query.before.isValid())
        where << QStringLiteral("at < :before");
    if (!query.actor.isEmpty())
        where << QStringLiteral("actor = :actor");
    if (!query.action.isEmpty())
        where << QStringLiteral("action = :action");
    if (query.from.isValid())
        where << QStringLiteral("at >= :from");
    if (query.to.isValid())
        where << QStringLiteral("at < :to");

    const QString sql = selectColumns + QStringLiteral(" WHERE ") +
                        where.join(QStringLiteral(" AND ")) +
                        QStringLiteral(" ORDER BY seq LIMIT :limit");
    Statement stmt = m_db.prepare(sql);
    const auto bindNamed = [&](const char* name, const QString& value) {
        const int index = stmt.parameterIndex(QLatin1String(name));
        if (index > 0)
            stmt.bind(index, value);
    };
    stmt.bind(stmt.parameterIndex(QStringLiteral(":after")), query.afterSeq);
    stmt.bind(stmt.parameterIndex(QStringLiteral(":limit")), qint64(query.limit));
    bindNamed(":text", query.text);
    bindNamed(":entity", query.entity);
    bindNamed(":actor", query.actor);
    for (int i = 0; i < query.entities.size(); ++i)
        stmt.bind(stmt.parameterIndex(QStringLiteral(":entity%1").arg(i)), query.entities[i]);
    bindNamed(":record", query.recordId);
    if (!query.relatedField.isEmpty()) {
        bindNamed(":path", QStringLiteral("$.") + query.relatedField);
        bindNamed(":related", query.relatedValue);
    }
    if (query.before.isValid())
        bindNamed(":before", AuditHasher::timestamp(query.before));
    bindNamed(":action", query.action);
    if (query.from.isValid())
        bindNamed(":from", AuditHasher::timestamp(query.from.startOfDay(Qt::UTC)));
    if (query.to.isValid())
        bindNamed(":to", AuditHasher::timestamp(query.to.addDays(1).startOfDay(Qt::UTC)));

    std::vector<AuditEvent> events;
    while (stmt.step())
        events.push_back(readEvent(stmt));
    return events;
}

void AuditStore::forEachStoredBatch(std::size_t batchSize,
                                    const std::function<bool(StoredAuditBatch&&)>& visit) const
{
    Statement stmt = m_db.prepare(selectColumns + QStringLiteral(" ORDER BY seq"));
    StoredAuditBatch batch(batchSize);
    while (stmt.step()) {
        batch.add(stmt.int64(0), int(stmt.int64(10)),
                  {stmt.bytes(1), stmt.bytes(2), stmt.bytes(3), stmt.bytes(4), stmt.bytes(5),
                   stmt.bytes(6), stmt.bytes(7), stmt.bytes(8), stmt.bytes(9)});
        if (batch.full()) {
            if (!visit(std::exchange(batch, StoredAuditBatch(batchSize))))
                return;
        }
    }
    if (!batch.empty())
        visit(std::move(batch));
}

void AuditStore::releaseStatements()
{
    m_insert.reset();
    m_head.reset();
}

QStringList AuditStore::distinctValues(const QString& column) const
{
    static const QStringList allowed = {QStringLiteral("actor"), QStringLiteral("action"),
                                        QStringLiteral("entity")};
    if (!allowed.contains(column))
        return {};
    return m_db.column(
        QStringLiteral("SELECT DISTINCT %1 FROM audit_event ORDER BY %1").arg(column));
}

} // namespace palisade
