#include "core/evidence/PackBundleManifest.h"

#include "tests/core/CatchQtStrings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

PackBundleFile listed(const QString& path, PackBundleFileKind kind, const QString& reference)
{
    PackBundleFile file;
    file.path = path;
    file.kind = kind;
    file.recordType = QStringLiteral("agreement");
    file.recordId = QStringLiteral("3");
    file.recordReference = reference;
    file.sourceId = QStringLiteral("12");
    file.size = 4096;
    file.sha256 = QString(64, QLatin1Char('a'));
    return file;
}

PackBundleManifest sample()
{
    PackBundleManifest manifest;
    manifest.packId = QStringLiteral("EP-20260803-ABC123");
    manifest.organization = QStringLiteral("Meridian Coding");
    manifest.from = QDate(2026, 1, 1);
    manifest.to = QDate(2026, 6, 30);
    manifest.preparedFor = QStringLiteral("Harbor Audit Partners");
    manifest.preparedBy = QStringLiteral("Dana Whitfield");
    manifest.generator = QStringLiteral("Palisade 0.1.0");
    manifest.generatedAt = QDateTime(QDate(2026, 8, 3), QTime(10, 0), Qt::UTC);
    manifest.exportedAt = QDateTime(QDate(2026, 8, 3), QTime(10, 1), Qt::UTC);
    manifest.exportedBy = QStringLiteral("dana");
    manifest.pdf = listed(QStringLiteral("pack.pdf"), PackBundleFileKind::PackPdf,
                          QStringLiteral("EP-20260803-ABC123"));
    manifest.sections = {{QStringLiteral("baas"), QStringLiteral("Business associate agreements"),
                          5, QString(64, QLatin1Char('b'))}};
    manifest.attachments = {listed(QStringLiteral("baas/BAA-0003/signed.pdf"),
                                   PackBundleFileKind::AgreementDocument,
                                   QStringLiteral("BAA-0003"))};
    manifest.attachments[0].detail = QStringLiteral("signed_agreement");
    manifest.notes = {QStringLiteral("A note.")};
    return manifest;
}

} // namespace

TEST_CASE("A bundle manifest reads back as written, and refuses what is not one",
          "[evidence][bundle]")
{
    const PackBundleManifest manifest = sample();
    const QByteArray json = manifest.toJson();
    Result<PackBundleManifest> read = PackBundleManifest::fromJson(json);
    REQUIRE(read.ok());
    CHECK(read->packId == manifest.packId);
    CHECK(read->to == manifest.to);
    CHECK(read->exportedAt == manifest.exportedAt);
    CHECK(read->pdf == manifest.pdf);
    CHECK(read->sections == manifest.sections);
    CHECK(read->attachments == manifest.attachments);
    CHECK(read->notes == manifest.notes);
    CHECK(read->toJson() == json);

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.keys().first() == QStringLiteral("attachments")); // sorted keys
    CHECK(root.value(QStringLiteral("format")).toString() == PackBundleManifest::format());

    QJsonObject newer = root;
    newer.insert(QStringLiteral("format_version"), 2);
    Result<PackBundleManifest> future = PackBundleManifest::fromJson(QJsonDocument(newer).toJson());
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().kind == ErrorKind::Integrity);
    CHECK(future.error().message.contains(QStringLiteral("newer")));

    QJsonObject broken = root;
    broken.insert(QStringLiteral("pdf"),
                  QJsonObject{{QStringLiteral("path"), QStringLiteral("x")}});
    CHECK_FALSE(PackBundleManifest::fromJson(QJsonDocument(broken).toJson()).ok());
    CHECK_FALSE(PackBundleManifest::fromJson(QByteArrayLiteral("[1,2]")).ok());
}
