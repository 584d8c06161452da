#pragma once

#include "core/program/IntegrityReport.h"

namespace palisade {

class AuditTrail;
class Database;

// Runs every check on an open file: SQLCipher's page HMACs, SQLite's
// structure, foreign keys and the audit chain. Never writes.
class IntegrityChecker
{
public:
    IntegrityChecker(Database& db, const AuditTrail& audit);
    IntegrityReport run() const;

private:
    Database& m_db;
    const AuditTrail& m_audit;
};

} // namespace palisade
