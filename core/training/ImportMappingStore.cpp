#include "core/training/ImportMappingStore.h"

#include "core/storage/Database.h"

#include <QJsonDocument>

namespace palisade {
namespace {

const QString selectMapping = QStringLiteral(
    "SELECT id, source_name, kind, mapping, updated_at, updated_by FROM import_mapping ");

QString mappingText(const ImportMapping& mapping)
{
    return QString::fromUtf8(QJsonDocument(mapping.mapping).toJson(QJsonDocument::Compact));
}

} // namespace

ImportMappingStore::ImportMappingStore(Database& db)
    : m_db(db)
{
}

ImportMapping ImportMappingStore::fromRow(const Statement& row)
{
    ImportMapping mapping;
    mapping.id = row.int64(0);
    mapping.sourceName = row.text(1);
    mapping.kind = importKindFromKey(row.text(2)).value_or(ImportKind::Completions);
    mapping.mapping = QJsonDocument::fromJson(row.text(3).toUtf8()).object();
    mapping.updatedAt = row.timestamp(4);
    mapping.updatedBy = row.text(5);
    return mapping;
}

std::vector<ImportMapping> ImportMappingStore::all() const
{
    std::vector<ImportMapping> out;
    Statement rows =
        m_db.prepare(selectMapping + QStringLiteral("ORDER BY source_name COLLATE NOCASE"));
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<ImportMapping> ImportMappingStore::find(const QString& sourceName) const
{
    Statement row =
        m_db.prepare(selectMapping + QStringLiteral("WHERE source_name = ?1 COLLATE NOCASE"));
    row.bind(1, sourceName);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

void ImportMappingStore::insert(ImportMapping& mapping)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO import_mapping (source_name, kind, mapping, updated_at, updated_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5)"));
    stmt.bind(1, mapping.sourceName)
        .bind(2, importKindKey(mapping.kind))
        .bind(3, mappingText(mapping))
        .bindTimestamp(4, mapping.updatedAt)
        .bind(5, mapping.updatedBy);
    stmt.exec();
    mapping.id = m_db.lastInsertRowId();
}

void ImportMappingStore::update(const ImportMapping& mapping)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE import_mapping SET source_name = ?2, kind = ?3, mapping = ?4, updated_at = ?5, "
        "updated_by = ?6 WHERE id = ?1"));
    stmt.bind(1, mapping.id)
        .bind(2, mapping.sourceName)
        .bind(3, importKindKey(mapping.kind))
        .bind(4, mappingText(mapping))
        .bindTimestamp(5, mapping.updatedAt)
        .bind(6, mapping.updatedBy);
    stmt.exec();
}

void ImportMappingStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM import_mapping WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
