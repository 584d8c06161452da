#include "core/vendors/AgreementDocumentStore.h"

#include "core/storage/Database.h"

namespace palisade {

AgreementDocumentStore::AgreementDocumentStore(Database& db)
    : m_db(db)
{
}

AgreementDocument AgreementDocumentStore::fromRow(const Statement& row)
{
    AgreementDocument document;
    document.id = row.int64(0);
    document.agreementId = row.int64(1);
    document.kind = documentKindFromKey(row.text(2)).value_or(DocumentKind::Other);
    document.fileName = row.text(3);
    document.sha256 = row.text(4);
    document.size = row.int64(5);
    document.pageCount = int(row.int64(6));
    document.addedAt = row.timestamp(7);
    document.addedBy = row.text(8);
    return document;
}

std::vector<AgreementDocument> AgreementDocumentStore::select(const QString& where, qint64 id) const
{
    std::vector<AgreementDocument> documents;
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT id, agreement_id, kind, file_name, sha256, size, page_count, "
                       "added_at, added_by FROM agreement_document ") +
        where + QStringLiteral(" ORDER BY agreement_id, id"));
    if (!where.isEmpty())
        rows.bind(1, id);
    while (rows.step())
        documents.push_back(fromRow(rows));
    return documents;
}

std::vector<AgreementDocument> AgreementDocumentStore::all() const
{
    return select({}, 0);
}

std::vector<AgreementDocument> AgreementDocumentStore::forAgreement(qint64 agreementId) const
{
    return select(QStringLiteral("WHERE agreement_id = ?1"), agreementId);
}

std::optional<AgreementDocument> AgreementDocumentStore::find(qint64 id) const
{
    std::vector<AgreementDocument> found = select(QStringLiteral("WHERE id = ?1"), id);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

QByteArray AgreementDocumentStore::content(qint64 id) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT content FROM agreement_document WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return {};
    return row.blob(0);
}

void AgreementDocumentStore::insert(AgreementDocument& document, const QByteArray& content,
                                    const QString& text)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO agreement_document (agreement_id, kind, file_name, sha256, size, page_count, "
        "content, text, added_at, added_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    stmt.bind(1, document.agreementId)
        .bind(2, documentKindKey(document.kind))
        .bind(3, document.fileName)
        .bind(4, document.sha256)
        .bind(5, document.size)
        .bind(6, document.pageCount)
        .bindBlob(7, content)
        .bind(8, text.toCaseFolded())
        .bindTimestamp(9, document.addedAt)
        .bind(10, document.addedBy);
    stmt.exec();
    document.id = m_db.lastInsertRowId();
}

void AgreementDocumentStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM agreement_document WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

std::set<qint64> AgreementDocumentStore::agreementsWithText(const QString& needle) const
{
    std::set<qint64> ids;
    // The text is stored case-folded (see insert), so a plain instr finds the
    // needle in any case and in every script, and % or _ in it stay literal.
    Statement rows = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT agreement_id FROM agreement_document WHERE instr(text, ?1) > 0"));
    rows.bind(1, needle.toCaseFolded());
    while (rows.step())
        ids.insert(rows.int64(0));
    return ids;
}

} // namespace palisade
