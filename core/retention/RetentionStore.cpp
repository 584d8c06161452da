#include "core/retention/RetentionStore.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

namespace palisade {
namespace {

const QString selectRecord =
    QStringLiteral("SELECT record_type, record_id, label, created_on, last_in_effect_on, "
                   "in_effect, kept, parent_type, parent_id FROM retention_record");

const QString selectHold =
    QStringLiteral("SELECT id, record_type, record_id, reason, placed_by, placed_at, "
                   "released_by, released_at, release_reason FROM legal_hold");

} // namespace

RetentionStore::RetentionStore(Database& db)
    : m_db(db)
{
}

RetentionRecord RetentionStore::recordFromRow(const Statement& row)
{
    RetentionRecord record;
    record.recordType = row.text(0);
    record.recordId = row.int64(1);
    record.label = row.text(2);
    record.createdOn = row.date(3);
    record.lastInEffectOn = row.date(4);
    record.inEffect = row.int64(5) != 0;
    record.kept = row.int64(6) != 0;
    record.parentType = row.text(7);
    record.parentId = row.isNull(8) ? 0 : row.int64(8);
    return record;
}

std::vector<RetentionRecord> RetentionStore::records() const
{
    std::vector<RetentionRecord> records;
    Statement rows =
        m_db.prepare(selectRecord + QStringLiteral(" ORDER BY record_type, record_id"));
    while (rows.step())
        records.push_back(recordFromRow(rows));
    return records;
}

std::optional<RetentionRecord> RetentionStore::find(const RecordRef& record) const
{
    Statement row =
        m_db.prepare(selectRecord + QStringLiteral(" WHERE record_type = ?1 AND record_id = ?2"));
    row.bind(1, record.type).bind(2, record.id);
    if (!row.step())
        return std::nullopt;
    return recordFromRow(row);
}

LegalHold RetentionStore::holdFromRow(const Statement& row)
{
    LegalHold hold;
    hold.id = row.int64(0);
    hold.recordType = row.text(1);
    hold.recordId = row.isNull(2) ? 0 : row.int64(2);
    hold.reason = row.text(3);
    hold.placedBy = row.text(4);
    hold.placedAt = row.timestamp(5);
    hold.releasedBy = row.text(6);
    hold.releasedAt = row.timestamp(7);
    hold.releaseReason = row.text(8);
    return hold;
}

std::vector<LegalHold> RetentionStore::holds(bool includeReleased) const
{
    std::vector<LegalHold> holds;
    Statement rows = m_db.prepare(
        selectHold + (includeReleased ? QString() : QStringLiteral(" WHERE released_at IS NULL")) +
        QStringLiteral(" ORDER BY id"));
    while (rows.step())
        holds.push_back(holdFromRow(rows));
    return holds;
}

std::optional<LegalHold> RetentionStore::hold(qint64 id) const
{
    Statement row = m_db.prepare(selectHold + QStringLiteral(" WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return holdFromRow(row);
}

void RetentionStore::insert(LegalHold& hold)
{
    Statement stmt = m_db.prepare(
        QStringLiteral("INSERT INTO legal_hold (record_type, record_id, reason, placed_by, "
                       "placed_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    stmt.bind(1, hold.recordType);
    if (hold.coversEveryRecord())
        stmt.bindNull(2);
    else
        stmt.bind(2, hold.recordId);
    stmt.bind(3, hold.reason).bind(4, hold.placedBy).bindTimestamp(5, hold.placedAt);
    stmt.exec();
    hold.id = m_db.lastInsertRowId();
}

void RetentionStore::release(const LegalHold& hold)
{
    Statement stmt =
        m_db.prepare(QStringLiteral("UPDATE legal_hold SET released_by = ?2, released_at = ?3, "
                                    "release_reason = ?4 WHERE id = ?1"));
    stmt.bind(1, hold.id)
        .bind(2, hold.releasedBy)
        .bindTimestamp(3, hold.releasedAt)
        .bind(4, hold.releaseReason);
    stmt.exec();
}

std::vector<Disposal> RetentionStore::disposals() const
{
    std::vector<Disposal> disposals;
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT id, record_type, record_id, label, retain_until, content_sha256, "
                       "disposed_at, disposed_by FROM retention_disposal ORDER BY id"));
    while (rows.step()) {
        Disposal disposal;
        disposal.id = rows.int64(0);
        disposal.recordType = rows.text(1);
        disposal.recordId = rows.int64(2);
        disposal.label = rows.text(3);
        disposal.retainUntil = rows.date(4);
        disposal.contentSha256 = rows.text(5);
        disposal.disposedAt = rows.timestamp(6);
        disposal.disposedBy = rows.text(7);
        disposals.push_back(disposal);
    }
    return disposals;
}

void RetentionStore::insert(Disposal& disposal)
{
    Statement stmt = m_db.prepare(
        QStringLiteral("INSERT INTO retention_disposal (record_type, record_id, label, "
                       "retain_until, content_sha256, disposed_at, disposed_by) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    stmt.bind(1, disposal.recordType)
        .bind(2, disposal.recordId)
        .bind(3, disposal.label)
        .bindDate(4, disposal.retainUntil)
        .bind(5, disposal.contentSha256)
        .bindTimestamp(6, disposal.disposedAt)
        .bind(7, disposal.disposedBy);
    stmt.exec();
    disposal.id = m_db.lastInsertRowId();
}

void RetentionStore::disposing(const RecordRef& record)
{
    Statement stmt = m_db.prepare(
        QStringLiteral("INSERT INTO retention_disposing (record_type, record_id) VALUES (?1, ?2)"));
    stmt.bind(1, record.type).bind(2, record.id).exec();
}

void RetentionStore::done(const RecordRef& record)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "DELETE FROM retention_disposing WHERE record_type = ?1 AND record_id = ?2"));
    stmt.bind(1, record.type).bind(2, record.id).exec();
}

bool RetentionStore::checkpoint()
{
    try {
        // The first column says whether a reader blocked it.
        return m_db.scalarInt(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) == 0;
    } catch (const StorageError&) {
        return false;
    }
}

} // namespace palisade
