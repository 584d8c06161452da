#pragma once

#include "core/io/OverwritePolicy.h"
#include "core/util/Result.h"

#include <QString>

namespace palisade {

// The checks every export makes before writing a byte, and the wording of its
// I/O failures, so that CSV and XLSX exports fail the same way.
class ExportTarget
{
public:
    // Refuses an empty path, a missing folder, a folder as the target and,
    // under OverwritePolicy::Refuse, an existing file.
    static Result<void> check(const QString& path, OverwritePolicy policy);

    static Error alreadyExists(const QString& path);
    static Error writeFailed(const QString& path, const QString& detail);
};

} // namespace palisade
