#pragma once

#include "core/training/ImportKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace palisade {

// The column mapping saved for one source, so the next file from it maps
// itself. The mapping's shape belongs to the importer (e.g. {"employee_id":
// "Emp #", "completed_on": "Finished"}); the register only keeps it.
struct ImportMapping
{
    qint64 id = 0;      // 0 until stored
    QString sourceName; // unique regardless of case
    ImportKind kind = ImportKind::Completions;
    QJsonObject mapping;
    QDateTime updatedAt; // UTC
    QString updatedBy;

    friend bool operator==(const ImportMapping&, const ImportMapping&) = default;
};

} // namespace palisade
