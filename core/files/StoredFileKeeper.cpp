#include "core/files/StoredFileKeeper.h"

#include "core/files/StoredFileStore.h"
#include "core/pdf/PdfTextExtractor.h"
#include "core/storage/StorageGuard.h"
#include "core/util/Sha256.h"

#include <QFileInfo>
#include <QSaveFile>

namespace palisade {

StoredFileKeeper::StoredFileKeeper(Database& db)
    : m_db(db)
{
}

Result<PendingFile> StoredFileKeeper::prepare(const QString& fileName, const QByteArray& bytes,
                                              const QDateTime& addedAt, const QString& addedBy)
{
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty())
        return Error{ErrorKind::Invalid, tr("The file has no name."), {}};
    if (bytes.isEmpty())
        return Error{ErrorKind::Invalid, tr("%1 is empty.").arg(name), {}};
    if (bytes.size() > maximumBytes)
        return Error{ErrorKind::Invalid,
                     tr("%1 is larger than %2 MB.").arg(name).arg(maximumBytes / (1024 * 1024)),
                     {}};
    Result<PdfText> text = PdfTextExtractor::extract(bytes);
    if (!text)
        return Error{ErrorKind::Invalid, tr("%1: %2").arg(name, text.error().message),
                     text.error().detail};
    PendingFile pending;
    pending.file.fileName = name;
    pending.file.sha256 = sha256Hex(bytes);
    pending.file.size = bytes.size();
    pending.file.pageCount = text->pageCount;
    pending.file.addedAt = addedAt.toUTC();
    pending.file.addedBy = addedBy;
    pending.content = bytes;
    pending.text = text->joined();
    return pending;
}

StoredFile StoredFileKeeper::store(const PendingFile& pending)
{
    StoredFile file = pending.file;
    StoredFileStore(m_db).insert(file, pending.content, pending.text);
    return file;
}

Result<StoredFile> StoredFileKeeper::find(qint64 id) const
{
    Result<std::optional<StoredFile>> found =
        guardStorage(tr("Reading the file failed"), [&] { return StoredFileStore(m_db).find(id); });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorKind::Invalid, tr("The file no longer exists."), {}};
    return **found;
}

Result<QByteArray> StoredFileKeeper::content(qint64 id) const
{
    Result<StoredFile> file = find(id);
    if (!file)
        return file.error();
    Result<QByteArray> bytes = guardStorage(tr("Reading %1 failed").arg(file->fileName),
                                            [&] { return StoredFileStore(m_db).content(id); });
    if (!bytes)
        return bytes.error();
    const QString actual = sha256Hex(*bytes);
    if (bytes->size() != file->size || actual != file->sha256)
        return Error{
            ErrorKind::Integrity,
            tr("%1 does not match the SHA-256 recorded when it was added.").arg(file->fileName),
            tr("recorded %1, found %2").arg(file->sha256, actual)};
    return bytes;
}

Result<void> StoredFileKeeper::saveCopy(const QByteArray& content, const QString& path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        return Error{ErrorKind::Io,
                     tr("The copy could not be saved to %1: %2").arg(path, out.errorString()),
                     {}};
    return {};
}

} // namespace palisade
