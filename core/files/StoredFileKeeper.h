#pragma once

#include "core/files/PendingFile.h"
#include "core/files/StoredFile.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace palisade {

class Database;

// Turns a PDF's bytes into a file kept inside the encrypted file, and reads
// the bytes back only when they still match the SHA-256 taken on the way in.
// Shared by every record that carries a PDF, so each checks files the same way.
class StoredFileKeeper
{
    Q_DECLARE_TR_FUNCTIONS(palisade::StoredFileKeeper)

public:
    static constexpr qint64 maximumBytes = 64LL * 1024 * 1024;

    explicit StoredFileKeeper(Database& db);

    // Checks the size and that the bytes are a readable PDF, counts its pages,
    // extracts its text and hashes it. Nothing is written.
    static Result<PendingFile> prepare(const QString& fileName, const QByteArray& bytes,
                                       const QDateTime& addedAt, const QString& addedBy);
    // Writes a prepared file and returns it with its id. Call it inside the
    // transaction that refers to the file; throws StorageError.
    StoredFile store(const PendingFile& pending);

    Result<StoredFile> find(qint64 id) const;
    // The stored bytes, checked against their SHA-256: an Integrity error
    // naming the file when they no longer match.
    Result<QByteArray> content(qint64 id) const;
    // Writes `content` to `path` atomically; the one way a stored file leaves
    // the encrypted file decrypted, so callers audit it.
    static Result<void> saveCopy(const QByteArray& content, const QString& path);

private:
    Database& m_db;
};

} // namespace palisade
