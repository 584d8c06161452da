#pragma once

#include "core/audit/ChainVerification.h"

#include <QString>

#include <vector>

namespace palisade {

// The result of `check`: every failed check with what it found.
struct IntegrityReport
{
    struct Finding
    {
        QString check;   // "cipher_integrity_check", "integrity_check", "foreign_key_check", "audit_chain"
        QString message; // what it found
    };

    std::vector<Finding> findings;
    ChainVerification chain;
    QString cipherVersion;
    int schemaVersion = 0;

    bool ok() const { return findings.empty(); }
    QString summary() const;
};

} // namespace palisade
