// pack export, verify and list driven through palisade-cli as an auditor's
// script would.
#include "core/evidence/EvidencePackRegister.h"
#include "core/pdf/PdfDocument.h"
#include "core/util/Sha256.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/cli/RiskCliSandbox.h"
#include "tests/core/evidence/PackBundleTesting.h"
#include "tests/core/vendors/VendorSamples.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TestPdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QStringList pack(const QStringList& words)
{
    return QStringList{QStringLiteral("pack")} + words;
}

QStringList exportArguments(const QString& out)
{
    return pack({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2025-12-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--out"), out,
                 QStringLiteral("--sections"), QStringLiteral("overview,audit"),
                 QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--prepared-for"),
                 QStringLiteral("Harbor Audit Partners")});
}

} // namespace

TEST_CASE("pack export writes a pack that pack verify accepts until one byte changes",
          "[cli][evidence]")
{
    RiskCliSandbox sandbox;
    const QString out = sandbox.path(QStringLiteral("pack.pdf"));

    const CliProcessResult exported = sandbox.run(exportArguments(out) << QStringLiteral("--json"));
    INFO(exported.describe());
    REQUIRE(exported.exitCode == 0);
    const QJsonObject json = exported.json().object();
    const QString packId = json.value(QStringLiteral("pack_id")).toString();
    CHECK(packId.startsWith(QStringLiteral("EP-")));
    CHECK(json.value(QStringLiteral("sections")).toArray() ==
          QJsonArray{QStringLiteral("overview"), QStringLiteral("audit")});
    CHECK(json.value(QStringLiteral("paper")).toString() == QStringLiteral("a4"));
    // Without --prepared-by, the one who exports prepared it.
    CHECK(json.value(QStringLiteral("prepared_by")).toString() ==
          json.value(QStringLiteral("exported_by")).toString());
    CHECK_FALSE(json.value(QStringLiteral("prepared_by")).toString().isEmpty());

    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<PdfDocument> pdf = PdfDocument::load(file.readAll());
    file.close();
    REQUIRE(pdf.ok());
    CHECK(pdf->pageText(0).contains(QStringLiteral("Harbor Audit Partners")));

    const CliProcessResult verified = sandbox.run(pack({QStringLiteral("verify"), out}));
    INFO(verified.describe());
    CHECK(verified.exitCode == 0);
    CHECK(verified.outText().contains(packId));
    CHECK(verified.outText().contains(QStringLiteral("exactly as exported")));

    const CliProcessResult listed =
        sandbox.run(pack({QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.json().array().size() == 1);
    CHECK(listed.json().array()[0].toObject().value(QStringLiteral("pack_id")).toString() ==
          packId);

    // The same file is not overwritten without --replace.
    const QByteArray before = fileDigest(out);
    const CliProcessResult again = sandbox.run(exportArguments(out));
    CHECK(again.exitCode == 5);
    CHECK(fileDigest(out) == before);

    REQUIRE(flipBytes(out, QFileInfo(out).size() / 2));
    const CliProcessResult altered = sandbox.run(pack({QStringLiteral("verify"), out}));
    INFO(altered.describe());
    CHECK(altered.exitCode == 3);
    CHECK(altered.errText().contains(QStringLiteral("not an evidence pack exported")));

    // With --json, standard output holds exactly one document saying so.
    const CliProcessResult alteredJson =
        sandbox.run(pack({QStringLiteral("verify"), out, QStringLiteral("--json")}));
    CHECK(alteredJson.exitCode == 3);
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(alteredJson.out, &parsed);
    INFO(alteredJson.describe());
    CHECK(parsed.error == QJsonParseError::NoError);
    CHECK(document.object().value(QStringLiteral("verified")) == QJsonValue(false));
    CHECK(document.object()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("not an evidence pack exported")));
}

TEST_CASE("pack export refuses a bad period, section or paper before asking for the passphrase",
          "[cli][evidence]")
{
    RiskCliSandbox sandbox;
    const QString out = sandbox.path(QStringLiteral("pack.pdf"));
    QStringList backwards = exportArguments(out);
    backwards[backwards.indexOf(QStringLiteral("2025-12-01"))] = QStringLiteral("2026-12-31");
    const CliProcessResult period = sandbox.run(backwards);
    CHECK(period.exitCode == 1);
    CHECK(period.errText().contains(QStringLiteral("after its last day")));

    QStringList section = exportArguments(out);
    section[section.indexOf(QStringLiteral("overview,audit"))] = QStringLiteral("overview,gossip");
    const CliProcessResult unknown = sandbox.run(section);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errText().contains(QStringLiteral("'gossip' is not a section")));

    QStringList paper = exportArguments(out);
    paper[paper.indexOf(QStringLiteral("a4"))] = QStringLiteral("a3");
    CHECK(sandbox.run(paper).exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(out));

    const CliProcessResult stranger =
        sandbox.run(pack({QStringLiteral("verify"),
                          sandbox.writeFile(QStringLiteral("x.pdf"), "%PDF-1.4 not ours")}));
    CHECK(stranger.exitCode == 3);
}

TEST_CASE("pack export --bundle writes a zip that pack verify accepts until one byte changes",
          "[cli][evidence][bundle]")
{
    RiskCliSandbox sandbox;
    sandbox.clock().set(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    const QByteArray signedPdf =
        makeTestPdf({QStringLiteral("Business associate agreement with Lakeside Family Clinic")});
    Program& program = sandbox.program();
    const qint64 client = program.counterparties().add(clinic())->id;
    const qint64 agreement =
        program.baas().add(activeAgreement(client, AgreementDirection::Upstream))->id;
    REQUIRE(program.baas()
                .attach(agreement, QStringLiteral("lakeside-signed.pdf"), signedPdf,
                        DocumentKind::SignedAgreement)
                .ok());

    const QString out = sandbox.path(QStringLiteral("pack.pdf"));
    const QString zip = sandbox.path(QStringLiteral("pack.zip"));
    QStringList arguments = exportArguments(out);
    arguments[arguments.indexOf(QStringLiteral("overview,audit"))] =
        QStringLiteral("overview,baas");
    arguments << QStringLiteral("--bundle") << zip << QStringLiteral("--json");
    const CliProcessResult exported = sandbox.run(arguments);
    INFO(exported.describe());
    REQUIRE(exported.exitCode == 0);
    const QJsonObject json = exported.json().object();
    const QString packId = json.value(QStringLiteral("pack_id")).toString();
    const QJsonObject bundle = json.value(QStringLiteral("bundle")).toObject();
    CHECK(bundle.value(QStringLiteral("pack_id")).toString() == packId);
    QFile zipFile(zip);
    REQUIRE(zipFile.open(QIODevice::ReadOnly));
    CHECK(bundle.value(QStringLiteral("sha256")).toString() == sha256Hex(zipFile.readAll()));
    zipFile.close();

    const ZipEntries entries = readZip(zip);
    REQUIRE(entries.size() == 3);
    const QByteArray* pdf = entryNamed(entries, QStringLiteral("pack.pdf"));
    REQUIRE(pdf != nullptr);
    QFile pdfFile(out);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(*pdf == pdfFile.readAll());
    const QString documentPath =
        QStringLiteral("baas/%1/lakeside-signed.pdf").arg(agreementReference(agreement));
    const QByteArray* document = entryNamed(entries, documentPath);
    REQUIRE(document != nullptr);
    CHECK(*document == signedPdf);

    const CliProcessResult verified = sandbox.run(pack({QStringLiteral("verify"), zip}));
    INFO(verified.describe());
    CHECK(verified.exitCode == 0);
    CHECK(verified.outText().contains(packId));
    CHECK(verified.outText().contains(QStringLiteral("byte for byte the one exported")));
    CHECK(verified.outText().contains(QStringLiteral("Bundle exported by")));

    // Neither file is replaced without --replace.
    const QByteArray before = fileDigest(zip);
    const QString otherPdf = sandbox.path(QStringLiteral("other.pdf"));
    QStringList again = exportArguments(otherPdf);
    again << QStringLiteral("--bundle") << zip;
    const CliProcessResult refused = sandbox.run(again);
    CHECK(refused.exitCode == 5);
    CHECK(refused.errText().contains(QStringLiteral("pack.zip")));
    CHECK(fileDigest(zip) == before);
    CHECK_FALSE(QFileInfo::exists(otherPdf));

    REQUIRE(changeZipEntry(zip, documentPath, [](QByteArray& bytes) {
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    }));
    const CliProcessResult altered = sandbox.run(pack({QStringLiteral("verify"), zip}));
    INFO(altered.describe());
    CHECK(altered.exitCode == 3);
    CHECK(altered.errText().contains(documentPath));

    const CliProcessResult alteredJson =
        sandbox.run(pack({QStringLiteral("verify"), zip, QStringLiteral("--json")}));
    CHECK(alteredJson.exitCode == 3);
    CHECK(alteredJson.json().object().value(QStringLiteral("verified")) == QJsonValue(false));
}

TEST_CASE("pack export refuses a --bundle that is the PDF itself", "[cli][evidence][bundle]")
{
    RiskCliSandbox sandbox;
    const QString out = sandbox.path(QStringLiteral("pack.pdf"));
    QStringList arguments = exportArguments(out);
    arguments << QStringLiteral("--bundle") << out;
    const CliProcessResult same = sandbox.run(arguments);
    CHECK(same.exitCode == 1);
    CHECK(same.errText().contains(QStringLiteral("--bundle")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("pack verify refuses hostile files plainly, without crashing", "[cli][evidence][hostile]")
{
    RiskCliSandbox sandbox;
    struct Case
    {
        const char* what;
        QString file;
    };
    QByteArray huge(8 * 1024 * 1024, '\0');
    huge.replace(0, 8, "%PDF-1.7");
    QByteArray nulls("%PDF-1.4\n\0\0\0\xff\xfe garbage \0", 24);
    const QString notAZip = sandbox.writeFile(QStringLiteral("random.zip"),
                                              QByteArrayLiteral("PK\x03\x04 this is not a zip"));
    const QString emptyZip = sandbox.path(QStringLiteral("empty.zip"));
    REQUIRE(test::writeZip(emptyZip, {}));
    const QString noManifest = sandbox.path(QStringLiteral("no-manifest.zip"));
    REQUIRE(test::writeZip(noManifest, {{QStringLiteral("pack.pdf"), QByteArray("%PDF-1.4")}}));
    const QString badManifest = sandbox.path(QStringLiteral("bad-manifest.zip"));
    REQUIRE(test::writeZip(badManifest,
                           {{QStringLiteral("manifest.json"), QByteArray("{\"pack_id\": [1, 2")},
                            {QStringLiteral("../../escape.pdf"), QByteArray("%PDF-1.4")}}));
    const QString hugeManifest = sandbox.path(QStringLiteral("huge-manifest.zip"));
    REQUIRE(test::writeZip(
        hugeManifest,
        {{QStringLiteral("manifest.json"),
          QByteArray("{\"files\": [") + QByteArray(4 * 1024 * 1024, '[') + QByteArray("]}")}}));
    const std::vector<Case> cases{
        {"an empty file", sandbox.writeFile(QStringLiteral("empty.pdf"), QByteArray())},
        {"NUL bytes and invalid UTF-8", sandbox.writeFile(QStringLiteral("nulls.pdf"), nulls)},
        {"an 8 MB file of zeros", sandbox.writeFile(QStringLiteral("huge.pdf"), huge)},
        {"a folder", sandbox.path(QStringLiteral("folder.pdf"))},
        {"a file that does not exist", sandbox.path(QStringLiteral("missing.pdf"))},
        {"a zip that is not one", notAZip},
        {"an empty zip", emptyZip},
        {"a zip without a manifest", noManifest},
        {"a zip with broken JSON and an escaping path", badManifest},
        {"a zip with a deeply nested manifest", hugeManifest},
    };
    REQUIRE(QDir().mkpath(sandbox.path(QStringLiteral("folder.pdf"))));
    for (const Case& each : cases) {
        INFO(each.what);
        const CliProcessResult result = sandbox.run(pack({QStringLiteral("verify"), each.file}));
        INFO(result.describe());
        // Refused with a reason and an error exit code, never a crash and never "verified".
        CHECK(result.exitCode >= 1);
        CHECK(result.exitCode <= 5);
        CHECK_FALSE(result.errText().trimmed().isEmpty());
        CHECK_FALSE(result.outText().contains(QStringLiteral("exactly as exported")));
    }
    CHECK_FALSE(QFileInfo::exists(sandbox.path(QStringLiteral("../escape.pdf"))));
}
