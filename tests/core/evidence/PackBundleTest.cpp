#include "core/audit/AuditQuery.h"
#include "core/audit/AuditTrail.h"
#include "core/evidence/EvidenceEntities.h"
#include "core/evidence/EvidencePackRegister.h"
#include "core/evidence/PackComposer.h"
#include "core/evidence/PackDates.h"
#include "core/program/Program.h"
#include "core/util/Sha256.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/evidence/PackBundleTesting.h"
#include "tests/core/incidents/IncidentSamples.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QDate periodFrom(2026, 1, 1);
const QDate periodTo(2026, 6, 30);

void setDay(TemporaryProgram& fixture, const QDate& day)
{
    fixture.clock().set(QDateTime(day, QTime(10, 0), Qt::UTC));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray pdfSaying(const QString& text)
{
    return makeTestPdf({text, QStringLiteral("Signatures")});
}

// A clinic and a clearinghouse with signed agreements and their documents
// (one attached after the period), a breach with evidence and a notice
// letter, an incident closed before the period with evidence of its own, and
// policies in effect, one with a signed copy, one never approved.
struct BundleProgram
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    QByteArray clinicSigned = pdfSaying(QStringLiteral("Lakeside business associate agreement"));
    QByteArray clinicRescan = pdfSaying(QStringLiteral("Lakeside agreement rescanned"));
    QByteArray amendment = pdfSaying(QStringLiteral("Amendment one"));
    QByteArray policySigned = pdfSaying(QStringLiteral("SEC-004 signed by the Privacy Officer"));
    QByteArray mailLog = QByteArrayLiteral("2026-02-20 09:14 sent 835 to wrong clinic\n");
    QByteArray letter = pdfSaying(QStringLiteral("Notice of a breach of your information"));
    qint64 clinicBaa = 0;
    qint64 remittance = 0;
    qint64 closedEarlier = 0;

    BundleProgram()
    {
        setDay(fixture, QDate(2025, 9, 1));
        Incident printer = misdirectedRemittance();
        printer.title = QStringLiteral("Printer left unattended");
        printer.occurredOn = printer.discoveredOn = printer.reportedOn = QDate(2025, 9, 1);
        closedEarlier = program.incidents().add(printer).value().id;
        REQUIRE(program.incidentEvidence()
                    .addEvidence(closedEarlier, QStringLiteral("Photo of the tray"),
                                 QStringLiteral("tray.txt"), QByteArrayLiteral("tray"))
                    .ok());
        setDay(fixture, QDate(2025, 10, 20));
        REQUIRE(program.incidents().close(closedEarlier, QDate(2025, 10, 15)).ok());

        setDay(fixture, QDate(2025, 11, 3));
        const qint64 client = program.counterparties().add(clinic())->id;
        const qint64 sub = program.counterparties().add(clearinghouse())->id;
        clinicBaa = program.baas().add(activeAgreement(client, AgreementDirection::Upstream))->id;
        const qint64 subBaa =
            program.baas().add(activeAgreement(sub, AgreementDirection::Downstream))->id;

        setDay(fixture, QDate(2026, 1, 5));
        REQUIRE(program.baas()
                    .attach(clinicBaa, QStringLiteral("lakeside-baa-signed.pdf"), clinicSigned,
                            DocumentKind::SignedAgreement)
                    .ok());
        // The same name again: both must reach the bundle.
        REQUIRE(program.baas()
                    .attach(clinicBaa, QStringLiteral("Lakeside-BAA-signed.pdf"), clinicRescan,
                            DocumentKind::Other)
                    .ok());
        REQUIRE(program.baas()
                    .attach(subBaa, QStringLiteral("amendment-1.pdf"), amendment,
                            DocumentKind::Amendment)
                    .ok());

        PolicyRegister& policies = program.policies();
        const qint64 access =
            policies.add(accessControlPolicy(), QStringLiteral("Access is granted by role: é."))
                ->id;
        const qint64 first = policies.revisions(access)->front().id;
        REQUIRE(
            policies.attachFile(first, QStringLiteral("sec-004-signed.pdf"), policySigned).ok());
        approveRevision(policies, first, QDate(2026, 1, 5));
        REQUIRE(policies.makeEffective(first, QDate(2026, 1, 5)).ok());
        Policy sanctions = accessControlPolicy();
        sanctions.code = QStringLiteral("ADM-001");
        sanctions.title = QStringLiteral("Sanctions");
        const qint64 sanctionsId =
            policies.add(sanctions, QStringLiteral("Violations are sanctioned."))->id;
        const qint64 sanctionsFirst = policies.revisions(sanctionsId)->front().id;
        approveRevision(policies, sanctionsFirst, QDate(2026, 1, 5));
        REQUIRE(policies.makeEffective(sanctionsFirst, QDate(2026, 1, 5)).ok());
        Policy draft = accessControlPolicy();
        draft.code = QStringLiteral("PRV-002");
        draft.title = QStringLiteral("Minimum necessary");
        REQUIRE(policies.add(draft, QStringLiteral("Only what is needed.")).ok());

        setDay(fixture, QDate(2026, 3, 1));
        remittance = program.incidents().add(misdirectedRemittance()).value().id;
        REQUIRE(program.incidentEvidence()
                    .addEvidence(remittance, QStringLiteral("Mail server log"),
                                 QStringLiteral("mail-log.txt"), mailLog)
                    .ok());
        REQUIRE(program.incidentEvidence()
                    .addEvidence(remittance, QStringLiteral("Called the clinic; no file."))
                    .ok());
        setDay(fixture, QDate(2026, 5, 2));
        REQUIRE(program.incidentNotifications()
                    .recordNotification(
                        notice(remittance, NotificationRecipient::Individuals, QDate(2026, 4, 30)),
                        QStringLiteral("letter.pdf"), letter)
                    .ok());

        // After the period: left out of a pack of the period.
        setDay(fixture, QDate(2026, 7, 20));
        REQUIRE(program.baas()
                    .attach(clinicBaa, QStringLiteral("late.pdf"),
                            pdfSaying(QStringLiteral("Attached after the period")),
                            DocumentKind::Amendment)
                    .ok());
        REQUIRE(program.incidentEvidence()
                    .addEvidence(remittance, QStringLiteral("Late log"), QStringLiteral("late.txt"),
                                 QByteArrayLiteral("late"))
                    .ok());
        setDay(fixture, QDate(2026, 8, 3));
    }

    QString path(const QString& name) const { return QDir(fixture.dir()).filePath(name); }
};

PackRequest request(std::vector<PackSection> sections)
{
    PackRequest value;
    value.from = periodFrom;
    value.to = periodTo;
    value.sections = std::move(sections);
    value.preparedFor = QStringLiteral("Harbor Audit Partners");
    value.preparedBy = QStringLiteral("Dana Whitfield");
    return value;
}

struct SavedPack
{
    PreparedPack prepared;
    RenderedPack rendered;
    EvidencePack saved;
};

SavedPack savePack(Program& program, const PackRequest& request, const QString& pdfPath)
{
    EvidencePackRegister& packs = program.evidencePacks();
    Result<PreparedPack> prepared = packs.prepare(request);
    REQUIRE(prepared.ok());
    Result<RenderedPack> rendered = EvidencePackRegister::render(*prepared);
    REQUIRE(rendered.ok());
    Result<EvidencePack> saved = packs.save(*prepared, *rendered, pdfPath, OverwritePolicy::Refuse);
    REQUIRE(saved.ok());
    return {*prepared, *rendered, *saved};
}

// The attachments the registers hold for the records the sections cover,
// counted from the registers as the program stood at the period's end.
int attachmentsInDatabase(Program& program, const std::vector<PackSection>& sections)
{
    const auto chosen = [&](PackSection section) {
        return std::find(sections.begin(), sections.end(), section) != sections.end();
    };
    int count = 0;
    if (chosen(PackSection::Baas)) {
        const std::vector<Agreement> agreements = program.baas().agreements().value();
        for (const Agreement& agreement : agreements) {
            if (!PackDates::existedOn(agreement.createdAt, periodTo))
                continue;
            const std::vector<AgreementDocument> documents =
                program.baas().documents(agreement.id).value();
            for (const AgreementDocument& document : documents)
                count += PackDates::existedOn(document.addedAt, periodTo) ? 1 : 0;
        }
    }
    if (chosen(PackSection::Incidents)) {
        const std::vector<Incident> incidents = program.incidents().incidents().value();
        for (const Incident& incident : incidents) {
            const bool inPeriod =
                incident.discoveredOn >= periodFrom && incident.discoveredOn <= periodTo;
            const bool openAtEnd = incident.discoveredOn <= periodTo &&
                                   (!incident.closedOn.isValid() || incident.closedOn > periodTo);
            if (!inPeriod && !openAtEnd)
                continue;
            const std::vector<IncidentEvidence> evidence =
                program.incidentEvidence().evidence(incident.id).value();
            for (const IncidentEvidence& item : evidence)
                count += item.file && PackDates::existedOn(item.addedAt, periodTo) ? 1 : 0;
            const std::vector<IncidentNotification> notices =
                program.incidentNotifications().notifications(incident.id).value();
            for (const IncidentNotification& sent : notices)
                count += sent.file && sent.sentOn <= periodTo ? 1 : 0;
        }
    }
    if (chosen(PackSection::Policies)) {
        const std::vector<Policy> policies = program.policies().policies().value();
        for (const Policy& policy : policies) {
            const std::optional<PolicyRevision> current =
                program.policies().currentRevision(policy.id, periodTo).value();
            if (current)
                count += current->file ? 2 : 1;
        }
    }
    return count;
}

QJsonObject manifestOf(const ZipEntries& entries)
{
    const QByteArray* bytes = entryNamed(entries, QStringLiteral("manifest.json"));
    REQUIRE(bytes != nullptr);
    return QJsonDocument::fromJson(*bytes).object();
}

std::vector<AuditEvent> bundleEvents(Program& program)
{
    AuditQuery query;
    query.entity = evidenceentity::pack();
    query.action = EvidencePackRegister::bundleAction();
    return program.auditTrail().events(query);
}

} // namespace

TEST_CASE("A bundle holds the pack PDF, a manifest of hashes and the attachments of its sections",
          "[evidence][bundle]")
{
    BundleProgram fixture;
    Program& program = fixture.program;
    const std::vector<PackSection> sections{PackSection::Overview, PackSection::Policies,
                                            PackSection::Baas, PackSection::Incidents};
    const QString pdfPath = fixture.path(QStringLiteral("pack.pdf"));
    const QString zipPath = fixture.path(QStringLiteral("pack.zip"));
    const SavedPack pack = savePack(program, request(sections), pdfPath);

    Result<PackBundle> bundle = program.evidencePacks().saveBundle(
        pack.prepared, pack.rendered, pack.saved, zipPath, OverwritePolicy::Refuse);
    REQUIRE(bundle.ok());
    const QByteArray zipBytes = readFile(zipPath);
    CHECK(bundle->sha256 == sha256Hex(zipBytes));
    CHECK(bundle->fileSize == zipBytes.size());
    CHECK(bundle->fileName == QStringLiteral("pack.zip"));

    const ZipEntries entries = readZip(zipPath);
    REQUIRE(entries.size() >= 2);
    CHECK(entries[0].first == QStringLiteral("manifest.json"));
    CHECK(sha256Hex(entries[0].second) == bundle->manifestSha256);
    CHECK(entries[1].first == QStringLiteral("pack.pdf"));
    // The PDF inside is the exported file, byte for byte.
    CHECK(entries[1].second == readFile(pdfPath));

    const QJsonObject manifest = manifestOf(entries);
    CHECK(manifest.value(QStringLiteral("format_version")).toInt() == 1);
    CHECK(manifest.value(QStringLiteral("pack_id")).toString() == pack.saved.packId);
    CHECK(manifest.value(QStringLiteral("organization")).toString() ==
          program.profile().organization);
    CHECK(manifest.value(QStringLiteral("period")).toObject().value(QStringLiteral("to")) ==
          QStringLiteral("2026-06-30"));
    CHECK(manifest.value(QStringLiteral("prepared_for")).toString() ==
          QStringLiteral("Harbor Audit Partners"));
    CHECK(manifest.value(QStringLiteral("exported_by")).toString() == program.actor());
    // Canonical: written again from its own content, it is the same bytes.
    CHECK(QJsonDocument(manifest).toJson(QJsonDocument::Compact) == entries[0].second);

    const QJsonObject pdf = manifest.value(QStringLiteral("pdf")).toObject();
    CHECK(pdf.value(QStringLiteral("path")).toString() == QStringLiteral("pack.pdf"));
    CHECK(pdf.value(QStringLiteral("sha256")).toString() == pack.saved.sha256);
    CHECK(pdf.value(QStringLiteral("size")).toInteger() == pack.saved.fileSize);

    // The same counts and hashes as the PDF's manifest page.
    const QJsonArray sectionList = manifest.value(QStringLiteral("sections")).toArray();
    REQUIRE(sectionList.size() == qsizetype(pack.prepared.sections.size()));
    for (qsizetype i = 0; i < sectionList.size(); ++i) {
        const QJsonObject section = sectionList.at(i).toObject();
        const PackSectionContent& content = pack.prepared.sections.at(std::size_t(i));
        CHECK(section.value(QStringLiteral("key")).toString() == packSectionKey(content.section));
        CHECK(section.value(QStringLiteral("title")).toString() ==
              packSectionTitle(content.section));
        CHECK(section.value(QStringLiteral("record_count")).toInt() == content.recordCount);
        CHECK(section.value(QStringLiteral("sha256")).toString() == PackComposer::digest(content));
    }

    // Every attachment listed is in the zip with the size and hash listed,
    // and the zip holds nothing else.
    const QJsonArray attachments = manifest.value(QStringLiteral("attachments")).toArray();
    CHECK(attachments.size() == attachmentsInDatabase(program, sections));
    CHECK(attachments.size() == 8);
    CHECK(entries.size() == std::size_t(attachments.size()) + 2);
    CHECK(bundle->attachments.size() == std::size_t(attachments.size()));
    for (const QJsonValue& each : attachments) {
        const QJsonObject attachment = each.toObject();
        const QString path = attachment.value(QStringLiteral("path")).toString();
        INFO(path.toStdString());
        const QByteArray* bytes = entryNamed(entries, path);
        REQUIRE(bytes != nullptr);
        CHECK(sha256Hex(*bytes) == attachment.value(QStringLiteral("sha256")).toString());
        CHECK(bytes->size() == attachment.value(QStringLiteral("size")).toInteger());
        CHECK_FALSE(attachment.value(QStringLiteral("record")).toObject().isEmpty());
    }

    const QString clinicFolder =
        QStringLiteral("baas/%1/").arg(agreementReference(fixture.clinicBaa));
    const QByteArray* signedCopy =
        entryNamed(entries, clinicFolder + QStringLiteral("lakeside-baa-signed.pdf"));
    REQUIRE(signedCopy != nullptr);
    CHECK(*signedCopy == fixture.clinicSigned);
    const QByteArray* rescan =
        entryNamed(entries, clinicFolder + QStringLiteral("Lakeside-BAA-signed (2).pdf"));
    REQUIRE(rescan != nullptr);
    CHECK(*rescan == fixture.clinicRescan);
    const QString incidentFolder =
        QStringLiteral("incidents/%1/").arg(incidentReference(fixture.remittance));
    const QByteArray* log = entryNamed(entries, incidentFolder + QStringLiteral("mail-log.txt"));
    REQUIRE(log != nullptr);
    CHECK(*log == fixture.mailLog);
    const QByteArray* letter = entryNamed(entries, incidentFolder + QStringLiteral("letter.pdf"));
    REQUIRE(letter != nullptr);
    CHECK(*letter == fixture.letter);
    const QByteArray* policyText = entryNamed(entries, QStringLiteral("policies/SEC-004-rev1.txt"));
    REQUIRE(policyText != nullptr);
    CHECK(QString::fromUtf8(*policyText) == QStringLiteral("Access is granted by role: é."));
    const QByteArray* policyCopy =
        entryNamed(entries, QStringLiteral("policies/SEC-004-rev1/sec-004-signed.pdf"));
    REQUIRE(policyCopy != nullptr);
    CHECK(*policyCopy == fixture.policySigned);
    CHECK(entryNamed(entries, QStringLiteral("policies/ADM-001-rev1.txt")) != nullptr);
    for (const auto& [name, bytes] : entries) {
        CHECK_FALSE(name.contains(QStringLiteral("late")));
        CHECK_FALSE(name.contains(QStringLiteral("PRV-002")));
        CHECK_FALSE(name.contains(incidentReference(fixture.closedEarlier)));
    }
    // Policies carry text, not an original attachment, and the manifest says so.
    CHECK(manifest.value(QStringLiteral("notes")).toArray().size() == 1);

    // The bundle is on record, tied to the pack, with its own SHA-256.
    const std::vector<AuditEvent> events = bundleEvents(program);
    REQUIRE(events.size() == 1);
    CHECK(events[0].recordId == pack.saved.packId);
    CHECK(events[0].after.contains(sha256Hex(zipBytes).toUtf8()));
    CHECK(events[0].after.contains(bundle->manifestSha256.toUtf8()));
    CHECK(program.auditTrail().verify().intact);

    Result<PackBundleVerification> verified = program.evidencePacks().verifyBundle(zipPath);
    REQUIRE(verified.ok());
    INFO(verified->mismatch.toStdString());
    CHECK(verified->verified);
    CHECK(verified->exactFile);
    CHECK(verified->filesChecked == attachments.size() + 1);
    REQUIRE(verified->pack.has_value());
    CHECK(verified->pack->packId == pack.saved.packId);
    REQUIRE(verified->bundle.has_value());
    CHECK(verified->bundle->exportedBy == program.actor());
    CHECK(verified->bundle->exportedAt == QDateTime(QDate(2026, 8, 3), QTime(10, 0), Qt::UTC));
}

TEST_CASE("A section left out of the pack brings no attachments into its bundle",
          "[evidence][bundle]")
{
    BundleProgram fixture;
    Program& program = fixture.program;

    const std::vector<PackSection> baasOnly{PackSection::Overview, PackSection::Baas};
    const SavedPack vendors =
        savePack(program, request(baasOnly), fixture.path(QStringLiteral("vendors.pdf")));
    Result<PackBundle> vendorBundle = program.evidencePacks().saveBundle(
        vendors.prepared, vendors.rendered, vendors.saved,
        fixture.path(QStringLiteral("vendors.zip")), OverwritePolicy::Refuse);
    REQUIRE(vendorBundle.ok());
    const ZipEntries entries = readZip(fixture.path(QStringLiteral("vendors.zip")));
    CHECK(int(entries.size()) == attachmentsInDatabase(program, baasOnly) + 2);
    CHECK(vendorBundle->attachments.size() == 3);
    for (const auto& [name, bytes] : entries) {
        const bool known = name == QStringLiteral("manifest.json") ||
                           name == QStringLiteral("vendors.pdf") ||
                           name.startsWith(QStringLiteral("baas/"));
        CHECK(known);
    }
    CHECK(manifestOf(entries).value(QStringLiteral("notes")).toArray().isEmpty());

    const SavedPack overview = savePack(program, request({PackSection::Overview}),
                                        fixture.path(QStringLiteral("overview.pdf")));
    Result<PackBundle> overviewBundle = program.evidencePacks().saveBundle(
        overview.prepared, overview.rendered, overview.saved,
        fixture.path(QStringLiteral("overview.zip")), OverwritePolicy::Refuse);
    REQUIRE(overviewBundle.ok());
    CHECK(overviewBundle->attachments.empty());
    CHECK(readZip(fixture.path(QStringLiteral("overview.zip"))).size() == 2);
    CHECK(bundleEvents(program).size() == 2);
}

TEST_CASE("A bundle is written whole or not at all, and never over a file without leave",
          "[evidence][bundle]")
{
    BundleProgram fixture;
    Program& program = fixture.program;
    EvidencePackRegister& packs = program.evidencePacks();
    const SavedPack pack = savePack(program, request({PackSection::Overview, PackSection::Baas}),
                                    fixture.path(QStringLiteral("pack.pdf")));

    SECTION("an existing file is left alone unless replacing is allowed")
    {
        const QString zipPath = fixture.path(QStringLiteral("pack.zip"));
        QFile existing(zipPath);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("an earlier bundle");
        existing.close();

        Result<PackBundle> refused = packs.saveBundle(pack.prepared, pack.rendered, pack.saved,
                                                      zipPath, OverwritePolicy::Refuse);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Io);
        CHECK(refused.error().message.contains(QStringLiteral("pack.zip")));
        CHECK(readFile(zipPath) == QByteArrayLiteral("an earlier bundle"));
        CHECK(bundleEvents(program).empty());

        Result<PackBundle> replaced = packs.saveBundle(pack.prepared, pack.rendered, pack.saved,
                                                       zipPath, OverwritePolicy::Replace);
        REQUIRE(replaced.ok());
        CHECK(sha256Hex(readFile(zipPath)) == replaced->sha256);
        CHECK(bundleEvents(program).size() == 1);
    }

    SECTION("a folder that does not exist")
    {
        const QString zipPath = fixture.path(QStringLiteral("missing/pack.zip"));
        Result<PackBundle> failed = packs.saveBundle(pack.prepared, pack.rendered, pack.saved,
                                                     zipPath, OverwritePolicy::Replace);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().kind == ErrorKind::Io);
        CHECK(failed.error().message.contains(QDir::toNativeSeparators(zipPath)));
        CHECK_FALSE(QFileInfo::exists(zipPath));
        CHECK(bundleEvents(program).empty());
    }

    SECTION("a folder nothing can be written to")
    {
        // /proc exists but takes no new files, whoever runs the test.
        const QString zipPath = QStringLiteral("/proc/palisade-pack.zip");
        REQUIRE(QFileInfo(QStringLiteral("/proc")).isDir());
        Result<PackBundle> failed = packs.saveBundle(pack.prepared, pack.rendered, pack.saved,
                                                     zipPath, OverwritePolicy::Replace);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().kind == ErrorKind::Io);
        CHECK(failed.error().message.contains(zipPath));
        CHECK_FALSE(QFileInfo::exists(zipPath));
        CHECK(bundleEvents(program).empty());
    }

    SECTION("a pack other than the one saved is refused")
    {
        EvidencePack other = pack.saved;
        other.sha256 = sha256Hex(QByteArrayLiteral("another PDF"));
        const QString zipPath = fixture.path(QStringLiteral("other.zip"));
        Result<PackBundle> refused =
            packs.saveBundle(pack.prepared, pack.rendered, other, zipPath, OverwritePolicy::Refuse);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Invalid);
        CHECK_FALSE(QFileInfo::exists(zipPath));
    }

    // Nothing was left beside the target: no temporary or partial file.
    const QStringList left = QDir(fixture.fixture.dir()).entryList(QDir::Files);
    for (const QString& name : left)
        CHECK((name == QStringLiteral("pack.pdf") || name == QStringLiteral("pack.zip") ||
               name.startsWith(QStringLiteral("program.palisade"))));
}

TEST_CASE("A bundle verifies until a file in it changes, and survives repacking",
          "[evidence][bundle]")
{
    BundleProgram fixture;
    Program& program = fixture.program;
    EvidencePackRegister& packs = program.evidencePacks();
    const QString zipPath = fixture.path(QStringLiteral("pack.zip"));
    const SavedPack pack = savePack(
        program, request({PackSection::Baas, PackSection::Incidents, PackSection::Policies}),
        fixture.path(QStringLiteral("pack.pdf")));
    REQUIRE(
        packs.saveBundle(pack.prepared, pack.rendered, pack.saved, zipPath, OverwritePolicy::Refuse)
            .ok());
    const ZipEntries original = readZip(zipPath);
    const QString letterPath =
        QStringLiteral("incidents/%1/letter.pdf").arg(incidentReference(fixture.remittance));
    REQUIRE(entryNamed(original, letterPath) != nullptr);
    const auto restore = [&] {
        REQUIRE(writeZip(zipPath, original));
    };

    SECTION("one byte of an attachment")
    {
        REQUIRE(changeZipEntry(zipPath, letterPath, [](QByteArray& bytes) {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        }));
        Result<PackBundleVerification> checked = packs.verifyBundle(zipPath);
        REQUIRE(checked.ok());
        CHECK_FALSE(checked->verified);
        CHECK(checked->mismatch.contains(letterPath));
    }

    SECTION("repacked by another tool, every file unchanged")
    {
        restore();
        CHECK(readFile(zipPath) != QByteArray());
        Result<PackBundleVerification> checked = packs.verifyBundle(zipPath);
        REQUIRE(checked.ok());
        INFO(checked->mismatch.toStdString());
        CHECK(checked->verified);
        CHECK_FALSE(checked->exactFile);
    }

    SECTION("the manifest edited to match a changed attachment")
    {
        REQUIRE(changeZipEntry(zipPath, QStringLiteral("manifest.json"), [](QByteArray& bytes) {
            bytes.replace("Harbor Audit Partners", "Harbor Audit Partner5");
        }));
        Result<PackBundleVerification> checked = packs.verifyBundle(zipPath);
        REQUIRE(checked.ok());
        CHECK_FALSE(checked->verified);
        CHECK(checked->mismatch.contains(QStringLiteral("manifest.json")));
    }

    SECTION("a file added")
    {
        ZipEntries more = original;
        more.emplace_back(QStringLiteral("baas/extra.pdf"), QByteArrayLiteral("%PDF-1.4 extra"));
        REQUIRE(writeZip(zipPath, more));
        Result<PackBundleVerification> checked = packs.verifyBundle(zipPath);
        REQUIRE(checked.ok());
        CHECK_FALSE(checked->verified);
        CHECK(checked->mismatch.contains(QStringLiteral("baas/extra.pdf")));
    }

    SECTION("a file taken out")
    {
        ZipEntries fewer;
        for (const auto& entry : original) {
            if (entry.first != letterPath)
                fewer.push_back(entry);
        }
        REQUIRE(writeZip(zipPath, fewer));
        Result<PackBundleVerification> checked = packs.verifyBundle(zipPath);
        REQUIRE(checked.ok());
        CHECK_FALSE(checked->verified);
        CHECK(checked->mismatch.contains(letterPath));
    }

    SECTION("not a zip at all")
    {
        QFile file(zipPath);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("%PDF-1.4 not a bundle");
        file.close();
        Result<PackBundleVerification> checked = packs.verifyBundle(zipPath);
        REQUIRE(checked.ok());
        CHECK_FALSE(checked->verified);
        CHECK_FALSE(checked->mismatch.isEmpty());
    }
}

TEST_CASE("exportPack writes the bundle beside the PDF when asked", "[evidence][bundle]")
{
    BundleProgram fixture;
    Program& program = fixture.program;
    const QString pdfPath = fixture.path(QStringLiteral("pack.pdf"));
    const QString zipPath = fixture.path(QStringLiteral("pack.zip"));
    const PackRequest asked = request({PackSection::Overview, PackSection::Policies});

    Result<EvidencePack> same =
        program.evidencePacks().exportPack(asked, pdfPath, OverwritePolicy::Refuse, {}, pdfPath);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().kind == ErrorKind::Usage);
    CHECK_FALSE(QFileInfo::exists(pdfPath));

    Result<EvidencePack> exported =
        program.evidencePacks().exportPack(asked, pdfPath, OverwritePolicy::Refuse, {}, zipPath);
    REQUIRE(exported.ok());
    const ZipEntries entries = readZip(zipPath);
    const QByteArray* pdf = entryNamed(entries, QStringLiteral("pack.pdf"));
    REQUIRE(pdf != nullptr);
    CHECK(*pdf == readFile(pdfPath));
    CHECK(int(entries.size()) ==
          attachmentsInDatabase(program, {PackSection::Overview, PackSection::Policies}) + 2);
    CHECK(program.evidencePacks().verifyBundle(zipPath)->verified);
}
