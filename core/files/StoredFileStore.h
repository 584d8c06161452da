#pragma once

#include "core/files/StoredFile.h"

#include <QByteArray>
#include <optional>

namespace palisade {

class Database;
class Statement;

// The SQL of the stored_file table. Rows never change once written; a file is
// removed only while nothing that is a record refers to it.
class StoredFileStore
{
public:
    explicit StoredFileStore(Database& db);

    std::optional<StoredFile> find(qint64 id) const;
    // The stored bytes, or an empty array when the file does not exist.
    QByteArray content(qint64 id) const;
    // The text extracted when the file was added, case-folded for search.
    QString text(qint64 id) const;
    void insert(StoredFile& file, const QByteArray& content, const QString& text); // sets file.id
    void remove(qint64 id);

    // The columns fromRow reads, in order, for stores that join stored_file.
    static QString columns(const QString& tableAlias);
    // A file read from `first` onwards; an id of NULL or 0 gives std::nullopt.
    static std::optional<StoredFile> fromRow(const Statement& row, int first);

private:
    Database& m_db;
};

} // namespace palisade
