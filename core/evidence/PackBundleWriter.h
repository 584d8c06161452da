#pragma once

#include "core/evidence/PackBundleFile.h"
#include "core/io/OverwritePolicy.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <vector>

namespace palisade {

// Writes evidence bundles as zip archives (libzip). The archive is built in
// memory and then written in one go through a temporary file in the target
// folder that replaces the target only once complete, so a failure leaves
// no partial zip behind.
class PackBundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PackBundleWriter)

public:
    // A zip of `files`, in this order, each stamped `modifiedAt`, so the same
    // files at the same moment give the same bytes. Paths are UTF-8 and must
    // be unique.
    static Result<QByteArray> archive(const std::vector<PackBundleFile>& files,
                                      const QDateTime& modifiedAt);
    // Writes `bytes` to `path` whole or not at all; under
    // OverwritePolicy::Refuse an existing file is left alone. Io errors name
    // the path.
    static Result<void> write(const QString& path, const QByteArray& bytes,
                              OverwritePolicy overwrite);
};

} // namespace palisade
