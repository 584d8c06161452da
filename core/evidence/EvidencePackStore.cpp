#include "core/evidence/EvidencePackStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace palisade {
namespace {

const QString columns = QStringLiteral(
    "id, pack_id, sha256, period_from, period_to, sections, prepared_for, prepared_by, note, "
    "paper, page_count, file_size, file_name, exported_at, exported_by");

QString sectionsJson(const std::vector<PackSection>& sections)
{
    QJsonArray keys;
    for (const PackSection section : sections)
        keys.append(packSectionKey(section));
    return QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact));
}

std::vector<PackSection> sectionsFrom(const QString& json)
{
    std::vector<PackSection> sections;
    const QJsonArray keys = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& key : keys) {
        if (const std::optional<PackSection> section = packSectionFromKey(key.toString()))
            sections.push_back(*section);
    }
    return sections;
}

} // namespace

EvidencePackStore::EvidencePackStore(Database& db)
    : m_db(db)
{
}

EvidencePack EvidencePackStore::fromRow(const Statement& row)
{
    EvidencePack pack;
    pack.id = row.int64(0);
    pack.packId = row.text(1);
    pack.sha256 = row.text(2);
    pack.from = row.date(3);
    pack.to = row.date(4);
    pack.sections = sectionsFrom(row.text(5));
    pack.preparedFor = row.text(6);
    pack.preparedBy = row.text(7);
    pack.note = row.text(8);
    pack.paper = packPaperFromKey(row.text(9)).value_or(PackPaper::Letter);
    pack.pageCount = int(row.int64(10));
    pack.fileSize = row.int64(11);
    pack.fileName = row.text(12);
    pack.exportedAt = row.timestamp(13);
    pack.exportedBy = row.text(14);
    return pack;
}

std::vector<EvidencePack> EvidencePackStore::all() const
{
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT %1 FROM evidence_pack ORDER BY exported_at DESC, id DESC")
            .arg(columns));
    std::vector<EvidencePack> out;
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<EvidencePack> EvidencePackStore::findSha256(const QString& sha256) const
{
    Statement row = m_db.prepare(
        QStringLiteral("SELECT %1 FROM evidence_pack WHERE sha256 = ?1 ORDER BY id LIMIT 1")
            .arg(columns));
    row.bind(1, sha256.toLower());
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

void EvidencePackStore::insert(EvidencePack& pack)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO evidence_pack (pack_id, sha256, period_from, period_to, sections, "
        "prepared_for, prepared_by, note, paper, page_count, file_size, file_name, exported_at, "
        "exported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    insert.bind(1, pack.packId)
        .bind(2, pack.sha256)
        .bindDate(3, pack.from)
        .bindDate(4, pack.to)
        .bind(5, sectionsJson(pack.sections))
        .bind(6, pack.preparedFor)
        .bind(7, pack.preparedBy)
        .bind(8, pack.note)
        .bind(9, packPaperKey(pack.paper))
        .bind(10, pack.pageCount)
        .bind(11, pack.fileSize)
        .bind(12, pack.fileName)
        .bindTimestamp(13, pack.exportedAt)
        .bind(14, pack.exportedBy);
    insert.step();
    pack.id = m_db.lastInsertRowId();
}

} // namespace palisade
