#include "core/evidence/EvidencePackJson.h"

#include "core/util/IsoDate.h"

#include <QJsonArray>

namespace palisade {

QJsonObject EvidencePackJson::toJson(const EvidencePack& pack)
{
    QJsonArray sections;
    for (const PackSection section : pack.sections)
        sections.append(packSectionKey(section));
    return QJsonObject{
        {QStringLiteral("pack_id"), pack.packId},
        {QStringLiteral("sha256"), pack.sha256},
        {QStringLiteral("from"), isoDate(pack.from)},
        {QStringLiteral("to"), isoDate(pack.to)},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("prepared_for"), pack.preparedFor},
        {QStringLiteral("prepared_by"), pack.preparedBy},
        {QStringLiteral("note"), pack.note},
        {QStringLiteral("paper"), packPaperKey(pack.paper)},
        {QStringLiteral("page_count"), pack.pageCount},
        {QStringLiteral("file_size"), QString::number(pack.fileSize)},
        {QStringLiteral("file_name"), pack.fileName},
        {QStringLiteral("exported_at"), pack.exportedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("exported_by"), pack.exportedBy},
    };
}

} // namespace palisade
