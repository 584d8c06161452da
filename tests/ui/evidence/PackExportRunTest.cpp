#include "ui/evidence/PackExportRun.h"

#include "core/audit/AuditQuery.h"
#include "core/audit/AuditTrail.h"
#include "core/evidence/EvidenceEntities.h"
#include "core/evidence/EvidencePackRegister.h"
#include "core/evidence/PackBundleVerification.h"
#include "tests/support/FileDigest.h"
#include "tests/ui/evidence/EvidenceUiSamples.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

std::vector<AuditEvent> exportEvents(Program& program)
{
    AuditQuery query;
    query.entity = evidenceentity::pack();
    query.action = QStringLiteral("exported");
    Result<std::vector<AuditEvent>> events = program.auditTrail().events(query);
    REQUIRE(events.ok());
    return *events;
}

bool waitForEnd(PackExportRun& run)
{
    return QTest::qWaitFor([&] { return !run.isRunning(); }, 60000);
}

} // namespace

TEST_CASE("PackExportRun renders off the UI thread, then writes and records the pack",
          "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("pack.pdf"));
    PackExportRun run(program);
    QSignalSpy progressed(&run, &PackExportRun::progressed);
    QSignalSpy finished(&run, &PackExportRun::finished);

    REQUIRE(run.start(test::samplePackRequest(), path, OverwritePolicy::Refuse));
    // start() returns while the pages are painted; nothing is on disk yet.
    CHECK(run.isRunning());
    CHECK(run.state() == PackExportRun::State::Running);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(run.start(test::samplePackRequest(), path, OverwritePolicy::Refuse));

    REQUIRE(waitForEnd(run));
    CHECK(finished.count() == 1);
    REQUIRE(run.state() == PackExportRun::State::Exported);
    REQUIRE(run.pack());
    const EvidencePack& pack = *run.pack();
    CHECK(QFileInfo::exists(path));
    CHECK(QString::fromLatin1(test::fileDigest(path).toHex()) == pack.sha256);
    CHECK(pack.fileName == QStringLiteral("pack.pdf"));
    CHECK(pack.preparedFor == QStringLiteral("Harbor Audit Partners LLP"));
    REQUIRE_FALSE(progressed.isEmpty());
    CHECK(progressed.last().at(0).toInt() == pack.pageCount);
    CHECK(progressed.last().at(1).toInt() == pack.pageCount);

    Result<std::vector<EvidencePack>> packs = program.evidencePacks().packs();
    REQUIRE(packs.ok());
    REQUIRE(packs->size() == 1);
    CHECK(packs->front().packId == pack.packId);
    const std::vector<AuditEvent> events = exportEvents(program);
    REQUIRE(events.size() == 1);
    CHECK(events.front().recordId == pack.packId);
    CHECK(events.front().after.contains(pack.sha256.toUtf8()));
}

TEST_CASE("A cancelled PackExportRun leaves no file and records nothing", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("pack.pdf"));
    const qint64 eventsBefore = program.auditTrail().count();
    PackExportRun run(program);
    QSignalSpy progressed(&run, &PackExportRun::progressed);

    REQUIRE(run.start(test::samplePackRequest(), path, OverwritePolicy::Refuse));
    // The progress callback sees the request after the first page and stops.
    CHECK(run.cancel());
    REQUIRE(waitForEnd(run));
    CHECK(run.state() == PackExportRun::State::Cancelled);
    CHECK_FALSE(run.pack());
    CHECK(progressed.count() == 1);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(fixture.dir()).entryList({QStringLiteral("*.pdf*")}, QDir::Files).isEmpty());
    Result<std::vector<EvidencePack>> packs = program.evidencePacks().packs();
    REQUIRE(packs.ok());
    CHECK(packs->empty());
    CHECK(program.auditTrail().count() == eventsBefore);
    CHECK_FALSE(run.cancel());
}

TEST_CASE("The render of a pack stops when its progress callback says so", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    Result<PreparedPack> prepared = program.evidencePacks().prepare(test::samplePackRequest());
    REQUIRE(prepared.ok());
    int calls = 0;
    Result<RenderedPack> rendered =
        EvidencePackRegister::render(*prepared, [&](int, int) { return ++calls < 2; });
    REQUIRE(rendered.ok());
    CHECK(rendered->cancelled);
    CHECK(calls == 2);
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("partial.pdf"));
    CHECK_FALSE(program.evidencePacks().save(*prepared, *rendered, path, OverwritePolicy::Refuse));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("PackExportRun refuses at once what cannot be exported", "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    PackExportRun run(fixture.program());
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("existing.pdf"));
    {
        QFile existing(path);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("not a pack");
    }
    const QByteArray before = test::fileDigest(path);
    QSignalSpy finished(&run, &PackExportRun::finished);

    CHECK_FALSE(run.start(test::samplePackRequest(), path, OverwritePolicy::Refuse));
    CHECK(run.state() == PackExportRun::State::Failed);
    CHECK(run.errorMessage().contains(QStringLiteral("existing.pdf")));
    CHECK(test::fileDigest(path) == before);

    PackRequest empty = test::samplePackRequest();
    empty.sections.clear();
    const QString fresh = QDir(fixture.dir()).filePath(QStringLiteral("fresh.pdf"));
    CHECK_FALSE(run.start(empty, fresh, OverwritePolicy::Refuse));
    CHECK(run.errorMessage().contains(QStringLiteral("Choose at least one section.")));
    CHECK_FALSE(QFileInfo::exists(fresh));
    CHECK(finished.isEmpty());

    // Replacing, once agreed to, writes the new pack over the old file.
    REQUIRE(run.start(test::samplePackRequest(), path, OverwritePolicy::Replace));
    REQUIRE(waitForEnd(run));
    REQUIRE(run.state() == PackExportRun::State::Exported);
    CHECK(test::fileDigest(path) != before);
    CHECK(QString::fromLatin1(test::fileDigest(path).toHex()) == run.pack()->sha256);
}

TEST_CASE("PackExportRun saves a bundle beside the PDF when asked", "[ui][evidence][bundle]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("pack.pdf"));
    const QString zip = QDir(fixture.dir()).filePath(QStringLiteral("pack.zip"));
    PackExportRun run(program);

    REQUIRE(run.start(test::samplePackRequest(), path, OverwritePolicy::Refuse, zip));
    REQUIRE(waitForEnd(run));
    REQUIRE(run.state() == PackExportRun::State::Exported);
    CHECK(run.bundleError().isEmpty());
    REQUIRE(run.bundle());
    CHECK(run.bundle()->packId == run.pack()->packId);
    CHECK(QString::fromLatin1(test::fileDigest(zip).toHex()) == run.bundle()->sha256);

    const Result<PackBundleVerification> verified = program.evidencePacks().verifyBundle(zip);
    REQUIRE(verified.ok());
    CHECK(verified->verified);

    // An existing zip is refused before anything is rendered or written.
    const QString other = QDir(fixture.dir()).filePath(QStringLiteral("other.pdf"));
    CHECK_FALSE(run.start(test::samplePackRequest(), other, OverwritePolicy::Refuse, zip));
    CHECK(run.state() == PackExportRun::State::Failed);
    CHECK_FALSE(run.errorMessage().isEmpty());
    CHECK_FALSE(QFileInfo::exists(other));
}
