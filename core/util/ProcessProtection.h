#pragma once

namespace palisade {

// Process-wide protection of the decrypted records a running Palisade holds
// in memory.
class ProcessProtection
{
public:
    // No core dump of this process is written: a crash must not leave the
    // decrypted records, or the key, in a file on disk. False when the
    // system refused (the program runs on regardless).
    static bool disableCoreDumps();
};

} // namespace palisade
