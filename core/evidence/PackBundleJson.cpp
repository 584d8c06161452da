#include "core/evidence/PackBundleJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace palisade {
namespace {

bool isSha256(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

QJsonObject PackBundleJson::fileJson(const PackBundleFile& file)
{
    QJsonObject json{
        {QStringLiteral("path"), file.path},
        {QStringLiteral("kind"), packBundleFileKindKey(file.kind)},
        {QStringLiteral("record"),
         QJsonObject{
             {QStringLiteral("type"), file.recordType},
             {QStringLiteral("id"), file.recordId},
             {QStringLiteral("reference"), file.recordReference},
         }},
        {QStringLiteral("source_id"), file.sourceId},
        {QStringLiteral("size"), file.size},
        {QStringLiteral("sha256"), file.sha256},
    };
    if (!file.detail.isEmpty())
        json.insert(QStringLiteral("detail"), file.detail);
    return json;
}

std::optional<PackBundleFile> PackBundleJson::fileFromJson(const QJsonObject& json)
{
    const std::optional<PackBundleFileKind> kind =
        packBundleFileKindFromKey(json.value(QStringLiteral("kind")).toString());
    const QJsonValue size = json.value(QStringLiteral("size"));
    PackBundleFile file;
    file.path = json.value(QStringLiteral("path")).toString();
    file.sha256 = json.value(QStringLiteral("sha256")).toString();
    if (!kind || file.path.isEmpty() || !isSha256(file.sha256) || !size.isDouble() ||
        size.toInteger(-1) < 0)
        return std::nullopt;
    file.kind = *kind;
    file.size = size.toInteger();
    const QJsonObject record = json.value(QStringLiteral("record")).toObject();
    file.recordType = record.value(QStringLiteral("type")).toString();
    file.recordId = record.value(QStringLiteral("id")).toString();
    file.recordReference = record.value(QStringLiteral("reference")).toString();
    file.sourceId = json.value(QStringLiteral("source_id")).toString();
    file.detail = json.value(QStringLiteral("detail")).toString();
    return file;
}

QJsonObject PackBundleJson::toJson(const PackBundle& bundle)
{
    QJsonArray attachments;
    for (const PackBundleFile& file : bundle.attachments)
        attachments.append(fileJson(file));
    return QJsonObject{
        {QStringLiteral("pack_id"), bundle.packId},
        {QStringLiteral("sha256"), bundle.sha256},
        {QStringLiteral("file_name"), bundle.fileName},
        {QStringLiteral("file_size"), bundle.fileSize},
        {QStringLiteral("manifest_sha256"), bundle.manifestSha256},
        {QStringLiteral("pdf"), fileJson(bundle.pdf)},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("exported_at"), bundle.exportedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("exported_by"), bundle.exportedBy},
    };
}

std::optional<PackBundle> PackBundleJson::fromJson(const QJsonObject& json)
{
    PackBundle bundle;
    bundle.packId = json.value(QStringLiteral("pack_id")).toString();
    bundle.sha256 = json.value(QStringLiteral("sha256")).toString();
    bundle.manifestSha256 = json.value(QStringLiteral("manifest_sha256")).toString();
    if (bundle.packId.isEmpty() || !isSha256(bundle.sha256) || !isSha256(bundle.manifestSha256))
        return std::nullopt;
    bundle.fileName = json.value(QStringLiteral("file_name")).toString();
    bundle.fileSize = json.value(QStringLiteral("file_size")).toInteger();
    const std::optional<PackBundleFile> pdf =
        fileFromJson(json.value(QStringLiteral("pdf")).toObject());
    if (!pdf)
        return std::nullopt;
    bundle.pdf = *pdf;
    for (const QJsonValue& each : json.value(QStringLiteral("attachments")).toArray()) {
        const std::optional<PackBundleFile> file = fileFromJson(each.toObject());
        if (!file)
            return std::nullopt;
        bundle.attachments.push_back(*file);
    }
    bundle.exportedAt = QDateTime::fromString(json.value(QStringLiteral("exported_at")).toString(),
                                              Qt::ISODateWithMs);
    bundle.exportedBy = json.value(QStringLiteral("exported_by")).toString();
    return bundle;
}

} // namespace palisade
