#include "core/files/StoredFileStore.h"

#include "core/storage/Database.h"

namespace palisade {

StoredFileStore::StoredFileStore(Database& db)
    : m_db(db)
{
}

QString StoredFileStore::columns(const QString& tableAlias)
{
    const QString p = tableAlias.isEmpty() ? QString() : tableAlias + QLatin1Char('.');
    return QStringLiteral("%1id, %1file_name, %1sha256, %1size, %1page_count, %1added_at, "
                          "%1added_by")
        .arg(p);
}

std::optional<StoredFile> StoredFileStore::fromRow(const Statement& row, int first)
{
    if (row.isNull(first) || row.int64(first) == 0)
        return std::nullopt;
    StoredFile file;
    file.id = row.int64(first);
    file.fileName = row.text(first + 1);
    file.sha256 = row.text(first + 2);
    file.size = row.int64(first + 3);
    file.pageCount = int(row.int64(first + 4));
    file.addedAt = row.timestamp(first + 5);
    file.addedBy = row.text(first + 6);
    return file;
}

std::optional<StoredFile> StoredFileStore::find(qint64 id) const
{
    Statement row = m_db.prepare(QStringLiteral("SELECT ") + columns({}) +
                                 QStringLiteral(" FROM stored_file WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return fromRow(row, 0);
}

QByteArray StoredFileStore::content(qint64 id) const
{
    Statement row = m_db.prepare(QStringLiteral("SELECT content FROM stored_file WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return {};
    return row.blob(0);
}

QString StoredFileStore::text(qint64 id) const
{
    Statement row = m_db.prepare(QStringLiteral("SELECT text FROM stored_file WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return {};
    return row.text(0);
}

void StoredFileStore::insert(StoredFile& file, const QByteArray& content, const QString& text)
{
    Statement stmt = m_db.prepare(
        QStringLiteral("INSERT INTO stored_file (file_name, sha256, size, page_count, added_at, "
                       "added_by, text, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    stmt.bind(1, file.fileName)
        .bind(2, file.sha256)
        .bind(3, file.size)
        .bind(4, file.pageCount)
        .bindTimestamp(5, file.addedAt)
        .bind(6, file.addedBy)
        .bind(7, text.toCaseFolded())
        .bindBlob(8, content);
    stmt.exec();
    file.id = m_db.lastInsertRowId();
}

void StoredFileStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM stored_file WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
