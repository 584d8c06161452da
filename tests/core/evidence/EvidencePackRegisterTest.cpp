#include "core/evidence/EvidencePackRegister.h"

#include "core/audit/AuditQuery.h"
#include "core/audit/AuditTrail.h"
#include "core/evidence/EvidenceEntities.h"
#include "core/evidence/PackComposer.h"
#include "core/pdf/PdfDocument.h"
#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/util/Sha256.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TemporaryProgram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

PackRequest yearRequest()
{
    PackRequest request;
    request.from = QDate(2025, 12, 1);
    request.to = QDate(2026, 11, 30);
    request.sections = {PackSection::Audit, PackSection::Overview};
    request.preparedFor = QStringLiteral("Harbor Audit Partners");
    request.preparedBy = QStringLiteral("Dana Whitfield");
    request.note = QStringLiteral("For the annual review.");
    request.paper = PackPaper::A4;
    return request;
}

QString allText(const PdfDocument& pdf)
{
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.pageText(page) + QLatin1Char('\n');
    return text.simplified();
}

void addAsset(Program& program, const QString& name)
{
    Asset asset;
    asset.name = name;
    asset.kind = AssetKind::Application;
    asset.owner = QStringLiteral("Dana Whitfield");
    REQUIRE(program.assets().add(asset).ok());
}

} // namespace

TEST_CASE("An exported evidence pack is recorded, readable and recognised byte for byte",
          "[evidence][register]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    fixture.clock().set(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    addAsset(program, QStringLiteral("Billing system"));
    fixture.clock().set(QDateTime(QDate(2026, 5, 14), QTime(10, 0), Qt::UTC));
    addAsset(program, QStringLiteral("Coding workstation fleet"));
    fixture.clock().set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));

    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("pack.pdf"));
    Result<EvidencePack> exported =
        program.evidencePacks().exportPack(yearRequest(), path, OverwritePolicy::Refuse);
    REQUIRE(exported.ok());
    CHECK(exported->packId.startsWith(QStringLiteral("EP-20261124-")));
    CHECK(exported->sections ==
          std::vector<PackSection>{PackSection::Overview, PackSection::Audit});
    CHECK(exported->exportedBy == program.actor());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    CHECK(exported->sha256 == sha256Hex(bytes));
    CHECK(exported->fileSize == bytes.size());

    Result<PdfDocument> pdf = PdfDocument::load(bytes);
    REQUIRE(pdf.ok());
    CHECK(pdf->pageCount() == exported->pageCount);
    const QString text = allText(*pdf);
    CHECK(text.contains(QStringLiteral("Harbor Audit Partners")));
    CHECK(text.contains(exported->packId));
    CHECK(text.contains(packSectionTitle(PackSection::Overview)));
    CHECK(text.contains(packSectionTitle(PackSection::Audit)));
    CHECK(text.contains(PackComposer::manifestTitle()));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pdf->pageCount())));

    // The manifest's count for the audit trail is what the trail holds for
    // the period, counted independently.
    AuditQuery period;
    period.from = QDate(2025, 12, 1);
    period.to = QDate(2026, 11, 30);
    const qsizetype eventsInPeriod =
        qsizetype(program.auditTrail().events(period).size()) - 1; // less the export itself
    const QString manifest = pdf->pageText(pdf->pageCount() - 1).simplified();
    CHECK(manifest.contains(
        QStringLiteral("%1 %2").arg(packSectionTitle(PackSection::Audit)).arg(eventsInPeriod)));

    // The export is in the hash chain with the file's SHA-256.
    AuditQuery exports;
    exports.entity = evidenceentity::pack();
    exports.action = QStringLiteral("exported");
    const std::vector<AuditEvent> events = program.auditTrail().events(exports);
    REQUIRE(events.size() == 1);
    CHECK(events[0].recordId == exported->packId);
    CHECK(events[0].after.contains(exported->sha256.toUtf8()));

    Result<std::optional<EvidencePack>> recognised = program.evidencePacks().recognise(path);
    REQUIRE(recognised.ok());
    REQUIRE(recognised->has_value());
    CHECK((*recognised)->packId == exported->packId);
    CHECK((*recognised)->exportedAt == exported->exportedAt);
    CHECK(program.evidencePacks().packs()->size() == 1);

    // One changed byte and it is no longer the pack that was exported.
    REQUIRE(flipBytes(path, bytes.size() / 2));
    Result<std::optional<EvidencePack>> altered = program.evidencePacks().recognise(path);
    REQUIRE(altered.ok());
    CHECK_FALSE(altered->has_value());
}

TEST_CASE("An evidence pack that cannot be exported says why and leaves nothing behind",
          "[evidence][register]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    EvidencePackRegister& packs = program.evidencePacks();
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("pack.pdf"));

    PackRequest backwards = yearRequest();
    backwards.from = QDate(2026, 12, 1);
    Result<EvidencePack> refused = packs.exportPack(backwards, path, OverwritePolicy::Refuse);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("after its last day")));

    PackRequest empty = yearRequest();
    empty.sections.clear();
    CHECK(packs.exportPack(empty, path, OverwritePolicy::Refuse)
              .error()
              .message.contains(QStringLiteral("at least one section")));
    CHECK_FALSE(QFileInfo::exists(path));

    // An existing file is not overwritten unless asked.
    QFile existing(path);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    Result<EvidencePack> kept = packs.exportPack(yearRequest(), path, OverwritePolicy::Refuse);
    REQUIRE_FALSE(kept.ok());
    REQUIRE(existing.open(QIODevice::ReadOnly));
    CHECK(existing.readAll() == QByteArray("keep me"));
    existing.close();

    // A folder that does not exist: an I/O error, no file, no record.
    const QString nowhere = QDir(fixture.dir()).filePath(QStringLiteral("missing/pack.pdf"));
    Result<EvidencePack> failed = packs.exportPack(yearRequest(), nowhere, OverwritePolicy::Refuse);
    REQUIRE_FALSE(failed.ok());
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK(packs.packs()->empty());

    // A cancelled rendering is not saved.
    Result<PreparedPack> prepared = packs.prepare(yearRequest());
    REQUIRE(prepared.ok());
    Result<RenderedPack> rendered =
        EvidencePackRegister::render(*prepared, [](int done, int) { return done < 1; });
    REQUIRE(rendered.ok());
    CHECK(rendered->cancelled);
    const QString other = QDir(fixture.dir()).filePath(QStringLiteral("other.pdf"));
    CHECK_FALSE(packs.save(*prepared, *rendered, other, OverwritePolicy::Refuse).ok());
    CHECK_FALSE(QFileInfo::exists(other));
    CHECK(packs.packs()->empty());
}
