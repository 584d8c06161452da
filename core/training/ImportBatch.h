#pragma once

#include "core/training/ImportKind.h"

#include <QDateTime>
#include <QString>

namespace palisade {

// One import of people or completions from a file. Written once, never
// changed; the rows it created refer to it.
struct ImportBatch
{
    qint64 id = 0;      // 0 until stored
    QString sourceName; // e.g. "KnowBe4 export"; names the saved ImportMapping
    ImportKind kind = ImportKind::Completions;
    QString fileName;
    QString fileSha256;   // lower-case hex of the imported file's bytes
    QDateTime importedAt; // UTC
    QString importedBy;
    int rows = 0; // data rows read from the file

    friend bool operator==(const ImportBatch&, const ImportBatch&) = default;
};

} // namespace palisade
