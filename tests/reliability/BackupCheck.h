#pragma once

#include "core/program/IntegrityReport.h"
#include "core/util/Result.h"

#include <QString>

namespace palisade {
class Clock;
}

namespace palisade::test {

// Opens a backup read-only with `passphrase`, as a restore would, and runs the
// program's integrity check on it; the error says why it would not open.
Result<IntegrityReport> checkBackup(const QString& path, const QString& passphrase,
                                    const Clock& clock);

} // namespace palisade::test
