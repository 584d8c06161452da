#include "core/training/ImportBatchStore.h"

#include "core/storage/Database.h"

namespace palisade {
namespace {

const QString selectBatch =
    QStringLiteral("SELECT id, source_name, kind, file_name, file_sha256, imported_at, "
                   "imported_by, row_count FROM import_batch ");

} // namespace

ImportBatchStore::ImportBatchStore(Database& db)
    : m_db(db)
{
}

ImportBatch ImportBatchStore::fromRow(const Statement& row)
{
    ImportBatch batch;
    batch.id = row.int64(0);
    batch.sourceName = row.text(1);
    batch.kind = importKindFromKey(row.text(2)).value_or(ImportKind::Completions);
    batch.fileName = row.text(3);
    batch.fileSha256 = row.text(4);
    batch.importedAt = row.timestamp(5);
    batch.importedBy = row.text(6);
    batch.rows = int(row.int64(7));
    return batch;
}

std::vector<ImportBatch> ImportBatchStore::all() const
{
    std::vector<ImportBatch> out;
    Statement rows = m_db.prepare(selectBatch + QStringLiteral("ORDER BY id DESC"));
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<ImportBatch> ImportBatchStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectBatch + QStringLiteral("WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

std::vector<ImportBatch> ImportBatchStore::withSha256(const QString& sha256) const
{
    std::vector<ImportBatch> out;
    Statement rows =
        m_db.prepare(selectBatch + QStringLiteral("WHERE file_sha256 = ?1 ORDER BY id DESC"));
    rows.bind(1, sha256);
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

void ImportBatchStore::insert(ImportBatch& batch)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO import_batch (source_name, kind, file_name, file_sha256, imported_at, "
        "imported_by, row_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    stmt.bind(1, batch.sourceName)
        .bind(2, importKindKey(batch.kind))
        .bind(3, batch.fileName)
        .bind(4, batch.fileSha256)
        .bindTimestamp(5, batch.importedAt)
        .bind(6, batch.importedBy)
        .bind(7, batch.rows);
    stmt.exec();
    batch.id = m_db.lastInsertRowId();
}

} // namespace palisade
