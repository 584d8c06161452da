#include "core/evidence/PackBundleVerifier.h"

#include "core/audit/AuditQuery.h"
#include "core/audit/AuditTrail.h"
#include "core/evidence/EvidenceEntities.h"
#include "core/evidence/EvidencePackRegister.h"
#include "core/evidence/PackBundleJson.h"
#include "core/evidence/PackBundleManifest.h"
#include "core/evidence/PackBundleReader.h"
#include "core/program/Program.h"
#include "core/storage/StorageGuard.h"
#include "core/util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace palisade {
namespace {

// More than any manifest needs; a larger one is not ours.
constexpr qint64 manifestLimit = 64LL * 1024 * 1024;

} // namespace

PackBundleVerifier::PackBundleVerifier(Program& program)
    : m_program(program)
{
}

Result<PackBundleVerification> PackBundleVerifier::verify(const QString& zipPath) const
{
    const QString shown = QDir::toNativeSeparators(zipPath);
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()), {}};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorKind::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()), {}};
    file.close();

    PackBundleVerification result;
    result.sha256 = sha256Hex(bytes);
    const auto mismatch = [&](const QString& what) {
        result.mismatch = what;
        return result;
    };

    // 1. A zip with a manifest.
    Result<PackBundleReader> reader = PackBundleReader::open(std::move(bytes));
    if (!reader)
        return mismatch(tr("%1 is not a zip archive that can be read.").arg(shown));
    const QStringList names = reader->names();
    QHash<QString, int> indexOf;
    for (int i = 0; i < names.size(); ++i) {
        if (indexOf.contains(names.at(i)))
            return mismatch(tr("The zip holds %1 twice.").arg(names.at(i)));
        indexOf.insert(names.at(i), i);
    }
    const QString manifestName = PackBundleManifest::fileName();
    if (!indexOf.contains(manifestName))
        return mismatch(
            tr("The zip holds no %1, so it is not an evidence bundle.").arg(manifestName));
    Result<QByteArray> manifestBytes = reader->content(indexOf.value(manifestName), manifestLimit);
    if (!manifestBytes)
        return mismatch(manifestBytes.error().message);
    Result<PackBundleManifest> manifest = PackBundleManifest::fromJson(*manifestBytes);
    if (!manifest)
        return mismatch(manifest.error().message);
    const QString manifestSha256 = sha256Hex(*manifestBytes);

    // 2. A manifest the program recorded.
    AuditQuery query;
    query.entity = evidenceentity::pack();
    query.action = EvidencePackRegister::bundleAction();
    query.recordId = manifest->packId;
    Result<std::vector<AuditEvent>> events = guardStorage(
        tr("Reading the audit trail failed"), [&] { return m_program.auditTrail().events(query); });
    if (!events)
        return events.error();
    if (events->empty())
        return mismatch(tr("No bundle of evidence pack %1 was exported from this program file.")
                            .arg(manifest->packId));
    for (const AuditEvent& event : *events) {
        const std::optional<PackBundle> recorded =
            PackBundleJson::fromJson(QJsonDocument::fromJson(event.after).object());
        if (!recorded || recorded->manifestSha256 != manifestSha256)
            continue;
        if (!result.bundle || recorded->sha256 == result.sha256)
            result.bundle = recorded;
    }
    if (!result.bundle)
        return mismatch(tr("%1 is not the manifest of any bundle of evidence pack %2 exported "
                           "from this program file: it was changed after export.")
                            .arg(manifestName, manifest->packId));
    result.exactFile = result.bundle->sha256 == result.sha256;

    // 3 and 4. The PDF and every attachment, as listed.
    QSet<QString> listed{manifestName};
    std::vector<PackBundleFile> files{manifest->pdf};
    files.insert(files.end(), manifest->attachments.begin(), manifest->attachments.end());
    for (const PackBundleFile& expected : files) {
        if (listed.contains(expected.path))
            return mismatch(tr("The manifest lists %1 twice.").arg(expected.path));
        listed.insert(expected.path);
        const auto found = indexOf.constFind(expected.path);
        if (found == indexOf.constEnd())
            return mismatch(tr("%1 is missing from the zip.").arg(expected.path));
        Result<PackBundleReader::Digest> digest = reader->digest(found.value());
        if (!digest)
            return mismatch(digest.error().message);
        if (digest->sha256 != expected.sha256 || digest->size != expected.size)
            return mismatch(tr("%1 has changed: its SHA-256 is %2 (%3 bytes), the manifest "
                               "records %4 (%5 bytes).")
                                .arg(expected.path, digest->sha256)
                                .arg(digest->size)
                                .arg(expected.sha256)
                                .arg(expected.size));
        ++result.filesChecked;
        if (&expected != &files.front())
            continue;
        Result<std::optional<EvidencePack>> pack =
            m_program.evidencePacks().recogniseSha256(digest->sha256);
        if (!pack)
            return pack.error();
        if (!pack->has_value() || (*pack)->packId != manifest->packId)
            return mismatch(tr("%1 is not evidence pack %2 as exported from this program file.")
                                .arg(expected.path, manifest->packId));
        result.pack = **pack;
    }

    // 5. Nothing else.
    for (const QString& name : names) {
        if (!listed.contains(name) && !name.endsWith(QLatin1Char('/')))
            return mismatch(tr("The zip holds %1, which the manifest does not list.").arg(name));
    }
    result.verified = true;
    return result;
}

} // namespace palisade
