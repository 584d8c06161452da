#pragma once

#include "core/evidence/EvidencePack.h"
#include "core/evidence/PackBundle.h"
#include "core/evidence/PackBundleVerification.h"
#include "core/evidence/PackPdfWriter.h"
#include "core/evidence/PackRequest.h"
#include "core/evidence/PreparedPack.h"
#include "core/evidence/RenderedPack.h"
#include "core/io/OverwritePolicy.h"
#include "core/util/Result.h"

#include <QObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace palisade {

class Program;

// Evidence packs for auditors: the PDF of the program for a period, and the
// record of every pack exported, so that a file can later be recognised as
// exactly one this program exported, by whom and when.
//
// An export runs in three stages so the slow one can leave the UI thread:
// prepare() reads the program (caller's thread), render() lays out and paints
// the PDF in memory (any thread; it touches no program state), save() writes
// the file whole or not at all and records the export with its audit event,
// which carries the file's SHA-256 into the hash chain. exportPack() runs all
// three.
//
// A pack may also be handed over as a bundle: a zip beside the PDF holding
// that PDF, a manifest.json and the attachments of the records the pack
// covers (signed BAA documents, incident evidence and notice letters, the
// text of the policy revisions in effect). saveBundle() writes it after
// save() and records its SHA-256, and its manifest's, in the audit trail as
// an event of the pack; verifyBundle() checks a zip against that record.
class EvidencePackRegister : public QObject
{
    Q_OBJECT

public:
    explicit EvidencePackRegister(Program& program);

    Result<std::vector<EvidencePack>> packs() const; // newest first
    // What stops the request, empty when it may be exported.
    static QStringList problems(const PackRequest& request);

    Result<PreparedPack> prepare(PackRequest request) const;
    static Result<RenderedPack> render(const PreparedPack& prepared,
                                       const PackPdfWriter::Progress& progress = {});
    Result<EvidencePack> save(const PreparedPack& prepared, const RenderedPack& rendered,
                              const QString& path, OverwritePolicy overwrite);
    // With a `bundlePath`, the bundle is written after the PDF (see
    // saveBundle). Both targets are checked before anything is written; if
    // the bundle then fails, the PDF stays exported and on record and the
    // error says so.
    Result<EvidencePack> exportPack(const PackRequest& request, const QString& path,
                                    OverwritePolicy overwrite,
                                    const PackPdfWriter::Progress& progress = {},
                                    const QString& bundlePath = {});

    // Writes the evidence bundle of a pack just saved: `prepared` and
    // `rendered` as given to save(), `saved` what save() returned. Call it on
    // the thread that owns the program (it reads the attachments from the
    // program file); it builds the zip in memory and writes it whole or not
    // at all (no partial zip is left on failure), refusing to replace an
    // existing file unless `overwrite` allows it. On success the bundle is
    // recorded as a "bundle_exported" event of the pack, in one transaction;
    // if that fails, the file is removed again. Errors: Invalid when `saved`
    // is not `rendered` as saved, Io naming `zipPath` when it cannot be
    // written, or the storage error reading an attachment.
    Result<PackBundle> saveBundle(const PreparedPack& prepared, const RenderedPack& rendered,
                                  const EvidencePack& saved, const QString& zipPath,
                                  OverwritePolicy overwrite);
    // The audit action of a bundle's export, with the pack ID as record.
    static QString bundleAction();

    // The export this exact file came from, or nothing when no pack with its
    // SHA-256 was exported from this program file.
    Result<std::optional<EvidencePack>> recognise(const QString& path) const;
    // The same for a file whose SHA-256 (lower-case hex) is `sha256`.
    Result<std::optional<EvidencePack>> recogniseSha256(const QString& sha256) const;
    // Checks a zip against the bundles exported from this program file; see
    // PackBundleVerifier for what is checked and in what order.
    Result<PackBundleVerification> verifyBundle(const QString& zipPath) const;

signals:
    void packsChanged();

private:
    QString newPackId() const;

    Program& m_program;
};

} // namespace palisade
