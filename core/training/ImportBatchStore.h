#pragma once

#include "core/training/ImportBatch.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the import_batch table. Batches are written once.
class ImportBatchStore
{
public:
    explicit ImportBatchStore(Database& db);

    std::vector<ImportBatch> all() const; // newest first
    std::optional<ImportBatch> find(qint64 id) const;
    // Earlier imports of a file with this SHA-256, newest first.
    std::vector<ImportBatch> withSha256(const QString& sha256) const;
    void insert(ImportBatch& batch); // sets batch.id

private:
    static ImportBatch fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
