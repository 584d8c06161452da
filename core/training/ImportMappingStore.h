#pragma once

#include "core/training/ImportMapping.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the import_mapping table.
class ImportMappingStore
{
public:
    explicit ImportMappingStore(Database& db);

    std::vector<ImportMapping> all() const;                             // by source name
    std::optional<ImportMapping> find(const QString& sourceName) const; // ignoring case
    void insert(ImportMapping& mapping);                                // sets mapping.id
    void update(const ImportMapping& mapping);
    void remove(qint64 id);

private:
    static ImportMapping fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
