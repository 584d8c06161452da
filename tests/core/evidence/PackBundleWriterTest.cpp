#include "core/evidence/PackBundleWriter.h"

#include "core/evidence/PackBundleReader.h"
#include "core/util/Sha256.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/evidence/PackBundleTesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

PackBundleFile file(const QString& path, const QByteArray& content)
{
    PackBundleFile value;
    value.path = path;
    value.content = content;
    return value;
}

std::vector<PackBundleFile> sampleFiles()
{
    QByteArray large;
    for (int i = 0; i < 20000; ++i)
        large += QByteArray::number(i) + ' ';
    return {file(QStringLiteral("manifest.json"), QByteArrayLiteral("{\"a\":1}")),
            file(QStringLiteral("pack.pdf"), QByteArrayLiteral("%PDF-1.7 pack")),
            file(QStringLiteral("policies/SEC-004-rev1.txt"), QStringLiteral("Zugriff é").toUtf8()),
            file(QStringLiteral("incidents/INC-0001/large.log"), large),
            file(QStringLiteral("incidents/INC-0001/empty.txt"), QByteArray())};
}

const QDateTime stamp(QDate(2026, 8, 3), QTime(10, 0), Qt::UTC);

} // namespace

TEST_CASE("A bundle archive holds each file byte for byte, in order, the same every time",
          "[evidence][bundle]")
{
    const std::vector<PackBundleFile> files = sampleFiles();
    Result<QByteArray> archive = PackBundleWriter::archive(files, stamp);
    REQUIRE(archive.ok());
    CHECK(PackBundleReader::looksLikeZip(archive->left(4)));
    Result<QByteArray> again = PackBundleWriter::archive(files, stamp);
    REQUIRE(again.ok());
    CHECK(*again == *archive);

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bundle.zip"));
    REQUIRE(PackBundleWriter::write(path, *archive, OverwritePolicy::Refuse).ok());
    const ZipEntries entries = readZip(path);
    REQUIRE(entries.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        CHECK(entries[i].first == files[i].path);
        CHECK(entries[i].second == files[i].content);
    }
    // Compressed: the repetitive log takes far less room than its bytes.
    CHECK(archive->size() < files[3].content.size() / 2);

    Result<PackBundleReader> reader = PackBundleReader::open(*archive);
    REQUIRE(reader.ok());
    REQUIRE(reader->names().size() == qsizetype(files.size()));
    for (int i = 0; i < reader->names().size(); ++i) {
        Result<PackBundleReader::Digest> digest = reader->digest(i);
        REQUIRE(digest.ok());
        CHECK(digest->sha256 == sha256Hex(files[std::size_t(i)].content));
        CHECK(digest->size == files[std::size_t(i)].content.size());
    }
    CHECK(reader->content(0, 1024).value() == files[0].content);
    CHECK_FALSE(reader->content(3, 1024).ok());
}

TEST_CASE("A bundle archive refuses duplicate paths, and a file is not replaced without leave",
          "[evidence][bundle]")
{
    std::vector<PackBundleFile> files = sampleFiles();
    files.push_back(file(QStringLiteral("pack.pdf"), QByteArrayLiteral("again")));
    Result<QByteArray> duplicate = PackBundleWriter::archive(files, stamp);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().detail.contains(QStringLiteral("pack.pdf")));

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bundle.zip"));
    REQUIRE(
        PackBundleWriter::write(path, QByteArrayLiteral("first"), OverwritePolicy::Refuse).ok());
    Result<void> refused =
        PackBundleWriter::write(path, QByteArrayLiteral("second"), OverwritePolicy::Refuse);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Io);
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == QByteArrayLiteral("first"));
    written.close();
    REQUIRE(
        PackBundleWriter::write(path, QByteArrayLiteral("second"), OverwritePolicy::Replace).ok());
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == QByteArrayLiteral("second"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("bundle.zip")});
}

TEST_CASE("Bytes that are not a zip are refused by the bundle reader", "[evidence][bundle]")
{
    CHECK_FALSE(PackBundleReader::looksLikeZip(QByteArrayLiteral("%PDF")));
    Result<PackBundleReader> reader = PackBundleReader::open(QByteArrayLiteral("%PDF-1.4 no"));
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().kind == ErrorKind::Integrity);

    Result<QByteArray> archive = PackBundleWriter::archive(sampleFiles(), stamp);
    REQUIRE(archive.ok());
    // Cut short: the central directory is gone.
    CHECK_FALSE(PackBundleReader::open(archive->left(archive->size() - 30)).ok());
}
