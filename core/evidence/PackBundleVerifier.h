#pragma once

#include "core/evidence/PackBundleVerification.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace palisade {

class Program;

// Checks that a zip is an evidence bundle exported from this program file,
// unchanged. In order, stopping at the first mismatch:
//  1. the file is a zip with a readable manifest.json;
//  2. the manifest's SHA-256 is recorded in the audit trail for a bundle of
//     the pack it names (an edited manifest is not);
//  3. the PDF it lists is in the zip with that size and SHA-256, and is that
//     pack exactly as exported (EvidencePackRegister::recognise);
//  4. every attachment it lists is in the zip with its size and SHA-256;
//  5. the zip holds nothing the manifest does not list.
// Whether the zip file itself is byte for byte the one exported is reported,
// not required: a bundle repacked by an archive tool still verifies when
// every file in it does.
class PackBundleVerifier
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PackBundleVerifier)

public:
    explicit PackBundleVerifier(Program& program);

    // An Io error when the file cannot be read; an Integrity error when the
    // program's own record is inconsistent; otherwise what was found.
    Result<PackBundleVerification> verify(const QString& zipPath) const;

private:
    Program& m_program;
};

} // namespace palisade
