#include "tests/bench/BenchProgram.h"

#include "core/util/SecretBuffer.h"

#include <QFile>

namespace palisade::bench {

Result<std::unique_ptr<Program>> BenchProgram::readOnly(const BenchInput& input, const Clock& clock)
{
    Program::UnlockOptions options;
    options.access = Vault::Access::ReadOnly;
    return Program::unlock(input.program, SecretBuffer::fromString(input.passphrase), options,
                           clock);
}

Result<QString> BenchProgram::copy(const BenchInput& input, const QString& name)
{
    const QString path = input.workDir + QLatin1Char('/') + name;
    if (!QFile::copy(input.program, path))
        return Error{ErrorKind::Io, QStringLiteral("Cannot copy the program."), path};
    return path;
}

Result<std::unique_ptr<Program>> BenchProgram::forWork(const QString& path, const BenchInput& input,
                                                       const Clock& clock)
{
    return Program::unlock(path, SecretBuffer::fromString(input.passphrase),
                           Program::UnlockOptions{}, clock);
}

} // namespace palisade::bench
