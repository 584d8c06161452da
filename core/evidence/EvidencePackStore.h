#pragma once

#include "core/evidence/EvidencePack.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the evidence_pack table: rows are added, never changed.
class EvidencePackStore
{
public:
    explicit EvidencePackStore(Database& db);

    std::vector<EvidencePack> all() const; // newest first
    std::optional<EvidencePack> findSha256(const QString& sha256) const;
    void insert(EvidencePack& pack);

private:
    static EvidencePack fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
