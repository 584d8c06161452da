#include "core/files/StoredFileJson.h"

#include "core/util/IsoDate.h"

namespace palisade {

QJsonObject StoredFileJson::toJson(const StoredFile& file)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(file.id)},
        {QStringLiteral("file_name"), file.fileName},
        {QStringLiteral("sha256"), file.sha256},
        {QStringLiteral("size"), QString::number(file.size)},
        {QStringLiteral("page_count"), file.pageCount},
        {QStringLiteral("added_at"), isoTimestamp(file.addedAt)},
        {QStringLiteral("added_by"), file.addedBy},
    };
}

} // namespace palisade
