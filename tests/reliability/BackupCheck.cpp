#include "tests/reliability/BackupCheck.h"

#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"

namespace palisade::test {

Result<IntegrityReport> checkBackup(const QString& path, const QString& passphrase,
                                    const Clock& clock)
{
    Program::UnlockOptions options;
    options.access = Vault::Access::ReadOnly;
    auto unlocked = Program::unlock(path, SecretBuffer::fromString(passphrase), options, clock);
    if (!unlocked)
        return unlocked.error();
    return unlocked.value()->check();
}

} // namespace palisade::test
