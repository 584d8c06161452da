#include "core/evidence/EvidencePackRegister.h"

#include "core/audit/AuditQuery.h"
#include "core/audit/AuditTrail.h"
#include "core/evidence/EvidenceEntities.h"
#include "core/evidence/EvidencePackJson.h"
#include "core/evidence/EvidencePackStore.h"
#include "core/evidence/PackBundleCollector.h"
#include "core/evidence/PackBundleJson.h"
#include "core/evidence/PackBundleManifest.h"
#include "core/evidence/PackBundleVerifier.h"
#include "core/evidence/PackBundleWriter.h"
#include "core/evidence/PackComposer.h"
#include "core/evidence/PackSectionBuilder.h"
#include "core/io/ExportTarget.h"
#include "core/program/Program.h"
#include "core/storage/StorageGuard.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/util/Sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <algorithm>

namespace palisade {

EvidencePackRegister::EvidencePackRegister(Program& program)
    : m_program(program)
{
}

Result<std::vector<EvidencePack>> EvidencePackRegister::packs() const
{
    return guardStorage(tr("Reading the exported evidence packs failed"),
                        [&] { return EvidencePackStore(m_program.database()).all(); });
}

QStringList EvidencePackRegister::problems(const PackRequest& request)
{
    QStringList found;
    if (!request.from.isValid())
        found << tr("Enter the first day of the period.");
    if (!request.to.isValid())
        found << tr("Enter the last day of the period.");
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        found << tr("The period starts on %1, after its last day %2.")
                     .arg(isoDate(request.from), isoDate(request.to));
    if (request.sections.empty())
        found << tr("Choose at least one section.");
    return found;
}

QString EvidencePackRegister::newPackId() const
{
    const quint32 random = QRandomGenerator::system()->generate() & 0xFFFFFF;
    return QStringLiteral("EP-%1-%2")
        .arg(m_program.clock().nowUtc().date().toString(QStringLiteral("yyyyMMdd")))
        .arg(random, 6, 16, QLatin1Char('0'))
        .toUpper();
}

Result<PreparedPack> EvidencePackRegister::prepare(PackRequest request) const
{
    std::sort(request.sections.begin(), request.sections.end());
    request.sections.erase(std::unique(request.sections.begin(), request.sections.end()),
                           request.sections.end());
    request.preparedFor = request.preparedFor.simplified();
    request.preparedBy = request.preparedBy.simplified();
    request.note = request.note.trimmed();
    if (QStringList found = problems(request); !found.isEmpty())
        return Error{ErrorKind::Invalid, found.join(QLatin1Char('\n')), {}};

    PreparedPack prepared;
    prepared.request = request;
    prepared.cover.organization = m_program.profile().organization;
    prepared.cover.packId = newPackId();
    prepared.cover.generatedAt = m_program.clock().nowUtc();
    const QString version = QCoreApplication::applicationVersion();
    prepared.cover.generator =
        version.isEmpty() ? QStringLiteral("Palisade") : QStringLiteral("Palisade %1").arg(version);
    for (const PackSection section : request.sections) {
        Result<PackSectionContent> content = PackSectionBuilder::build(m_program, section, request);
        if (!content)
            return content.error();
        prepared.sections.push_back(std::move(*content));
    }
    prepared.blocks = PackComposer::compose(request, prepared.cover, prepared.sections);
    return prepared;
}

Result<RenderedPack> EvidencePackRegister::render(const PreparedPack& prepared,
                                                  const PackPdfWriter::Progress& progress)
{
    PackDocumentInfo info;
    info.title = tr("%1 — HIPAA compliance evidence, %2 to %3")
                     .arg(prepared.cover.organization, isoDate(prepared.request.from),
                          isoDate(prepared.request.to));
    info.runningHeader = tr("%1 · %2 to %3")
                             .arg(prepared.cover.organization, isoDate(prepared.request.from),
                                  isoDate(prepared.request.to));
    info.author = prepared.request.preparedBy;
    info.subject = prepared.request.preparedFor.isEmpty()
                       ? tr("HIPAA compliance evidence pack")
                       : tr("HIPAA compliance evidence pack prepared for %1")
                             .arg(prepared.request.preparedFor);
    info.keywords = {QStringLiteral("HIPAA"), tr("evidence pack"), prepared.cover.packId};
    for (const PackSectionContent& section : prepared.sections)
        info.keywords << packSectionTitle(section.section);
    info.creator = prepared.cover.generator;
    info.packId = prepared.cover.packId;
    info.confidentiality =
        tr("Confidential: compliance records of %1.").arg(prepared.cover.organization);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<PackPdfWriter::Outcome> outcome =
        PackPdfWriter(prepared.request.paper, info).write(prepared.blocks, buffer, progress);
    if (!outcome)
        return outcome.error();
    RenderedPack rendered;
    rendered.pdf = buffer.data();
    rendered.pageCount = outcome->pageCount;
    rendered.cancelled = outcome->cancelled;
    return rendered;
}

Result<EvidencePack> EvidencePackRegister::save(const PreparedPack& prepared,
                                                const RenderedPack& rendered, const QString& path,
                                                OverwritePolicy overwrite)
{
    if (rendered.cancelled || rendered.pdf.isEmpty())
        return Error{ErrorKind::Invalid, tr("The evidence pack was not finished."), {}};
    if (Result<void> target = ExportTarget::check(path, overwrite); !target)
        return target.error();

    EvidencePack pack;
    pack.packId = prepared.cover.packId;
    pack.sha256 = sha256Hex(rendered.pdf);
    pack.from = prepared.request.from;
    pack.to = prepared.request.to;
    pack.sections = prepared.request.sections;
    pack.preparedFor = prepared.request.preparedFor;
    pack.preparedBy = prepared.request.preparedBy;
    pack.note = prepared.request.note;
    pack.paper = prepared.request.paper;
    pack.pageCount = rendered.pageCount;
    pack.fileSize = rendered.pdf.size();
    pack.fileName = QFileInfo(path).fileName();
    pack.exportedAt = m_program.clock().nowUtc();
    pack.exportedBy = m_program.actor();

    // The file is written whole or not at all; it is only kept once the
    // export is on record, so no pack exists that the program cannot vouch for.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportTarget::writeFailed(path, file.errorString());
    if (file.write(rendered.pdf) != rendered.pdf.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ExportTarget::writeFailed(path, reason);
    }
    if (!file.commit())
        return ExportTarget::writeFailed(path, file.errorString());

    Result<void> written =
        m_program.transact(tr("Recording the evidence pack failed"), [&](AuditTrail& audit) {
            EvidencePackStore(m_program.database()).insert(pack);
            audit.record(m_program.actor(), QStringLiteral("exported"), evidenceentity::pack(),
                         pack.packId, {}, EvidencePackJson::toJson(pack));
        });
    if (!written) {
        QFile::remove(path);
        return written.error();
    }
    emit packsChanged();
    return pack;
}

Result<EvidencePack> EvidencePackRegister::exportPack(const PackRequest& request,
                                                      const QString& path,
                                                      OverwritePolicy overwrite,
                                                      const PackPdfWriter::Progress& progress,
                                                      const QString& bundlePath)
{
    if (Result<void> target = ExportTarget::check(path, overwrite); !target)
        return target.error();
    if (!bundlePath.isEmpty()) {
        if (QFileInfo(bundlePath).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
            return Error{ErrorKind::Usage,
                         tr("The bundle needs a file name of its own, not the PDF's."),
                         {}};
        if (Result<void> target = ExportTarget::check(bundlePath, overwrite); !target)
            return target.error();
    }
    Result<PreparedPack> prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    Result<RenderedPack> rendered = render(*prepared, progress);
    if (!rendered)
        return rendered.error();
    Result<EvidencePack> saved = save(*prepared, *rendered, path, overwrite);
    if (!saved || bundlePath.isEmpty())
        return saved;
    Result<PackBundle> bundle = saveBundle(*prepared, *rendered, *saved, bundlePath, overwrite);
    if (!bundle) {
        Error error = bundle.error();
        error.message = tr("Evidence pack %1 was exported to %2, but its bundle was not: %3")
                            .arg(saved->packId, QDir::toNativeSeparators(path), error.message);
        return error;
    }
    return saved;
}

QString EvidencePackRegister::bundleAction()
{
    return QStringLiteral("bundle_exported");
}

Result<PackBundle> EvidencePackRegister::saveBundle(const PreparedPack& prepared,
                                                    const RenderedPack& rendered,
                                                    const EvidencePack& saved,
                                                    const QString& zipPath,
                                                    OverwritePolicy overwrite)
{
    if (rendered.cancelled || rendered.pdf.isEmpty())
        return Error{ErrorKind::Invalid, tr("The evidence pack was not finished."), {}};
    PackBundleFile pdf;
    pdf.content = rendered.pdf;
    pdf.sha256 = sha256Hex(rendered.pdf);
    pdf.size = rendered.pdf.size();
    if (saved.packId != prepared.cover.packId || saved.sha256 != pdf.sha256)
        return Error{ErrorKind::Invalid,
                     tr("The bundle must hold the evidence pack exactly as it was saved."),
                     {}};
    if (Result<void> target = ExportTarget::check(zipPath, overwrite); !target)
        return target.error();
    // Only a pack the program vouches for is bundled.
    Result<std::optional<EvidencePack>> recorded = recogniseSha256(pdf.sha256);
    if (!recorded)
        return recorded.error();
    if (!recorded->has_value() || (*recorded)->packId != saved.packId)
        return Error{ErrorKind::Invalid,
                     tr("Evidence pack %1 has not been exported from this program file, so it "
                        "cannot be bundled.")
                         .arg(saved.packId),
                     {}};

    Result<std::vector<PackBundleFile>> attachments =
        PackBundleCollector(m_program).collect(prepared);
    if (!attachments)
        return attachments.error();
    // The PDF keeps the name it was exported under, unless that name cannot
    // stand beside the manifest at the top of the zip.
    const bool nameFits =
        !saved.fileName.isEmpty() && !saved.fileName.contains(QLatin1Char('/')) &&
        saved.fileName.compare(PackBundleManifest::fileName(), Qt::CaseInsensitive) != 0;
    pdf.path = nameFits ? saved.fileName : saved.packId + QStringLiteral(".pdf");
    pdf.kind = PackBundleFileKind::PackPdf;
    pdf.recordType = evidenceentity::pack();
    pdf.recordId = saved.packId;
    pdf.recordReference = saved.packId;
    pdf.sourceId = QString::number(saved.id);

    PackBundle bundle;
    bundle.packId = saved.packId;
    bundle.fileName = QFileInfo(zipPath).fileName();
    bundle.exportedAt = m_program.clock().nowUtc();
    bundle.exportedBy = m_program.actor();
    const PackBundleManifest manifest = PackBundleManifest::describe(
        prepared, saved, pdf, *attachments, bundle.exportedAt, bundle.exportedBy);
    PackBundleFile manifestFile;
    manifestFile.path = PackBundleManifest::fileName();
    manifestFile.content = manifest.toJson();
    bundle.manifestSha256 = sha256Hex(manifestFile.content);

    std::vector<PackBundleFile> files{manifestFile, pdf};
    files.insert(files.end(), attachments->begin(), attachments->end());
    Result<QByteArray> zip = PackBundleWriter::archive(files, bundle.exportedAt);
    if (!zip)
        return zip.error();
    bundle.sha256 = sha256Hex(*zip);
    bundle.fileSize = zip->size();
    bundle.pdf = manifest.pdf;
    bundle.attachments = manifest.attachments;

    // As with the PDF: the file is kept only once its export is on record.
    if (Result<void> written = PackBundleWriter::write(zipPath, *zip, overwrite); !written)
        return written.error();
    Result<void> recordedExport =
        m_program.transact(tr("Recording the evidence bundle failed"), [&](AuditTrail& audit) {
            audit.record(m_program.actor(), bundleAction(), evidenceentity::pack(), bundle.packId,
                         {}, PackBundleJson::toJson(bundle));
        });
    if (!recordedExport) {
        QFile::remove(zipPath);
        return recordedExport.error();
    }
    return bundle;
}

Result<std::optional<EvidencePack>> EvidencePackRegister::recognise(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), {}};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{ErrorKind::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), {}};
    return recogniseSha256(QString::fromLatin1(hash.result().toHex()));
}

Result<PackBundleVerification> EvidencePackRegister::verifyBundle(const QString& zipPath) const
{
    return PackBundleVerifier(m_program).verify(zipPath);
}

Result<std::optional<EvidencePack>>
EvidencePackRegister::recogniseSha256(const QString& digest) const
{
    Result<std::optional<EvidencePack>> found =
        guardStorage(tr("Reading the exported evidence packs failed"),
                     [&] { return EvidencePackStore(m_program.database()).findSha256(digest); });
    if (!found || !found->has_value())
        return found;
    // The export must also be in the hash-chained trail, with the same hash.
    AuditQuery query;
    query.entity = evidenceentity::pack();
    query.action = QStringLiteral("exported");
    query.recordId = (*found)->packId;
    Result<std::vector<AuditEvent>> events = guardStorage(
        tr("Reading the audit trail failed"), [&] { return m_program.auditTrail().events(query); });
    if (!events)
        return events.error();
    const bool recorded = std::any_of(events->begin(), events->end(), [&](const AuditEvent& event) {
        return event.after.contains(digest.toUtf8());
    });
    if (!recorded)
        return Error{ErrorKind::Integrity,
                     tr("Pack %1 is listed as exported, but its export is missing from the audit "
                        "trail; the program file may have been altered.")
                         .arg((*found)->packId),
                     {}};
    return found;
}

} // namespace palisade
