#pragma once

#include "core/evidence/EvidencePack.h"
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
    Result<EvidencePack> exportPack(const PackRequest& request, const QString& path,
                                    OverwritePolicy overwrite,
                                    const PackPdfWriter::Progress& progress = {});

    // The export this exact file came from, or nothing when no pack with its
    // SHA-256 was exported from this program file.
    Result<std::optional<EvidencePack>> recognise(const QString& path) const;

signals:
    void packsChanged();

private:
    QString newPackId() const;

    Program& m_program;
};

} // namespace palisade
