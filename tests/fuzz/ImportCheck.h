#pragma once

#include "core/program/Program.h"
#include "tests/fuzz/FuzzCheck.h"

namespace palisade::fuzz {

// Runs an importer's check-only read: it returns (no crash, no hang), refuses
// with a message or accepts, and writes nothing either way.
template <typename Read> void checkImportRead(Program& program, Read read)
{
    const qint64 before = program.auditTrail().lastSeq();
    const auto result = read();
    if (!result.ok())
        checkRefusal(result.error());
    check(program.auditTrail().lastSeq() == before, "reading an import writes nothing");
}

} // namespace palisade::fuzz
