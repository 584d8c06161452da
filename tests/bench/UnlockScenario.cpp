#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/bench/BenchScenarios.h"

#include <QElapsedTimer>

namespace palisade::bench {

// Opening a file read-only is the key derivation (PBKDF2-HMAC-SHA512 over the
// passphrase) and the first read of the schema, nothing else.
Result<Measurement> measureUnlock(const BenchInput& input)
{
    const CipherSettings settings;
    QElapsedTimer timer;
    timer.start();
    Result<Database> db = Vault().unlock(input.program, SecretBuffer::fromString(input.passphrase),
                                         Vault::Access::ReadOnly);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!db)
        return db.error();
    return Measurement{
        seconds, QStringLiteral("PBKDF2-HMAC-SHA512, %L1 iterations").arg(settings.kdfIterations)};
}

} // namespace palisade::bench
