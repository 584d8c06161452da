#include "core/evidence/PackBundleManifest.h"

#include "core/evidence/EvidencePack.h"
#include "core/evidence/PackBundleJson.h"
#include "core/evidence/PackComposer.h"
#include "core/evidence/PackSection.h"
#include "core/evidence/PreparedPack.h"
#include "core/util/CanonicalJson.h"
#include "core/util/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>

namespace palisade {

QString PackBundleManifest::fileName()
{
    return QStringLiteral("manifest.json");
}

QString PackBundleManifest::format()
{
    return QStringLiteral("palisade-evidence-bundle");
}

PackBundleManifest PackBundleManifest::describe(const PreparedPack& prepared,
                                                const EvidencePack& saved,
                                                const PackBundleFile& pdf,
                                                const std::vector<PackBundleFile>& attachments,
                                                const QDateTime& exportedAt,
                                                const QString& exportedBy)
{
    PackBundleManifest manifest;
    manifest.packId = saved.packId;
    manifest.organization = prepared.cover.organization;
    manifest.from = prepared.request.from;
    manifest.to = prepared.request.to;
    manifest.preparedFor = prepared.request.preparedFor;
    manifest.preparedBy = prepared.request.preparedBy;
    manifest.generator = prepared.cover.generator;
    manifest.generatedAt = prepared.cover.generatedAt.toUTC();
    manifest.exportedAt = exportedAt.toUTC();
    manifest.exportedBy = exportedBy;
    manifest.pdf = pdf;
    manifest.pdf.content.clear();
    for (const PackSectionContent& section : prepared.sections)
        manifest.sections.push_back({packSectionKey(section.section),
                                     packSectionTitle(section.section), section.recordCount,
                                     PackComposer::digest(section)});
    for (PackBundleFile file : attachments) {
        file.content.clear();
        manifest.attachments.push_back(std::move(file));
    }
    const bool hasPolicies = std::any_of(
        prepared.sections.begin(), prepared.sections.end(),
        [](const PackSectionContent& each) { return each.section == PackSection::Policies; });
    if (hasPolicies)
        manifest.notes << tr("Policies have no original attachments: their words are kept in "
                             "the program as numbered revisions. For each policy in use on %1, "
                             "the revision then in effect is included as UTF-8 text (Markdown) "
                             "under policies/, named <code>-rev<number>.txt, with the signed "
                             "copy of that revision beside it when one is attached.")
                              .arg(isoDate(prepared.request.to));
    return manifest;
}

QByteArray PackBundleManifest::toJson() const
{
    QJsonArray sectionsJson;
    for (const PackBundleSection& section : sections)
        sectionsJson.append(QJsonObject{
            {QStringLiteral("key"), section.key},
            {QStringLiteral("title"), section.title},
            {QStringLiteral("record_count"), section.recordCount},
            {QStringLiteral("sha256"), section.sha256},
        });
    QJsonArray attachmentsJson;
    for (const PackBundleFile& file : attachments)
        attachmentsJson.append(PackBundleJson::fileJson(file));
    return canonicalJson(QJsonObject{
        {QStringLiteral("format"), format()},
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("pack_id"), packId},
        {QStringLiteral("organization"), organization},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("from"), isoDate(from)}, {QStringLiteral("to"), isoDate(to)}}},
        {QStringLiteral("prepared_for"), preparedFor},
        {QStringLiteral("prepared_by"), preparedBy},
        {QStringLiteral("generator"), generator},
        {QStringLiteral("generated_at"), generatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("exported_at"), exportedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("exported_by"), exportedBy},
        {QStringLiteral("pdf"), PackBundleJson::fileJson(pdf)},
        {QStringLiteral("sections"), sectionsJson},
        {QStringLiteral("attachments"), attachmentsJson},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    });
}

Result<PackBundleManifest> PackBundleManifest::fromJson(const QByteArray& json)
{
    const auto unreadable = [](const QString& why) {
        return Error{ErrorKind::Integrity,
                     tr("%1 is not a manifest of an evidence bundle: %2").arg(fileName(), why),
                     {}};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return unreadable(tr("it is not a JSON object."));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != format())
        return unreadable(tr("its format is not %1.").arg(format()));
    PackBundleManifest manifest;
    manifest.formatVersion = root.value(QStringLiteral("format_version")).toInt(-1);
    if (manifest.formatVersion < 1)
        return unreadable(tr("it has no format version."));
    if (manifest.formatVersion > currentFormatVersion)
        return Error{ErrorKind::Integrity,
                     tr("%1 is in format version %2, written by a newer Palisade; this version "
                        "reads up to %3.")
                         .arg(fileName())
                         .arg(manifest.formatVersion)
                         .arg(currentFormatVersion),
                     {}};
    manifest.packId = root.value(QStringLiteral("pack_id")).toString();
    if (manifest.packId.isEmpty())
        return unreadable(tr("it names no pack."));
    manifest.organization = root.value(QStringLiteral("organization")).toString();
    const QJsonObject period = root.value(QStringLiteral("period")).toObject();
    manifest.from = dateFromIso(period.value(QStringLiteral("from")).toString());
    manifest.to = dateFromIso(period.value(QStringLiteral("to")).toString());
    manifest.preparedFor = root.value(QStringLiteral("prepared_for")).toString();
    manifest.preparedBy = root.value(QStringLiteral("prepared_by")).toString();
    manifest.generator = root.value(QStringLiteral("generator")).toString();
    manifest.generatedAt = QDateTime::fromString(
        root.value(QStringLiteral("generated_at")).toString(), Qt::ISODateWithMs);
    manifest.exportedAt = QDateTime::fromString(
        root.value(QStringLiteral("exported_at")).toString(), Qt::ISODateWithMs);
    manifest.exportedBy = root.value(QStringLiteral("exported_by")).toString();
    const std::optional<PackBundleFile> pdf =
        PackBundleJson::fileFromJson(root.value(QStringLiteral("pdf")).toObject());
    if (!pdf)
        return unreadable(tr("it does not describe the pack's PDF."));
    manifest.pdf = *pdf;
    for (const QJsonValue& each : root.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject section = each.toObject();
        manifest.sections.push_back({section.value(QStringLiteral("key")).toString(),
                                     section.value(QStringLiteral("title")).toString(),
                                     section.value(QStringLiteral("record_count")).toInt(),
                                     section.value(QStringLiteral("sha256")).toString()});
    }
    const QJsonArray attachments = root.value(QStringLiteral("attachments")).toArray();
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const std::optional<PackBundleFile> file =
            PackBundleJson::fileFromJson(attachments.at(i).toObject());
        if (!file)
            return unreadable(tr("attachment %1 of its list is incomplete.").arg(i + 1));
        manifest.attachments.push_back(*file);
    }
    for (const QJsonValue& note : root.value(QStringLiteral("notes")).toArray())
        manifest.notes << note.toString();
    return manifest;
}

} // namespace palisade
