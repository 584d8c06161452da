#include "core/files/StoredFileKeeper.h"

#include "core/files/StoredFileStore.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/util/Sha256.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"

#include <QCryptographicHash>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

StoredFile storeOne(Database& db, const QByteArray& pdf, const QString& name)
{
    Result<PendingFile> pending = StoredFileKeeper::prepare(
        name, pdf, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC), QStringLiteral("Dana"));
    REQUIRE(pending.ok());
    Transaction tx(db);
    StoredFile file = StoredFileKeeper(db).store(*pending);
    tx.commit();
    return file;
}

} // namespace

TEST_CASE("The SHA-256 helper gives lower-case hex", "[files][util]")
{
    CHECK(sha256Hex(QByteArray("abc")) ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(sha256Hex({}).size() == 64);
}

TEST_CASE("A PDF is stored with its hash, pages and text and read back verified", "[files]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const QByteArray pdf = makeTestPdf(
        {QStringLiteral("Access Control Policy"), QStringLiteral("Emergency access procedure")});

    Result<PendingFile> pending =
        StoredFileKeeper::prepare(QStringLiteral("/home/dana/Signed SEC-004.pdf"), pdf,
                                  fixture.clock().nowUtc(), QStringLiteral("Dana Whitfield"));
    REQUIRE(pending.ok());
    CHECK(pending->file.fileName == QStringLiteral("Signed SEC-004.pdf"));
    CHECK(pending->file.pageCount == 2);
    CHECK(pending->file.size == pdf.size());
    CHECK(pending->file.sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    CHECK(pending->text.simplified().contains(QStringLiteral("Emergency access procedure")));

    const StoredFile stored = storeOne(db, pdf, QStringLiteral("Signed SEC-004.pdf"));
    CHECK(stored.id > 0);
    StoredFileKeeper keeper(db);
    Result<StoredFile> found = keeper.find(stored.id);
    REQUIRE(found.ok());
    CHECK(*found == stored);
    CHECK(found->addedAt == QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    Result<QByteArray> content = keeper.content(stored.id);
    REQUIRE(content.ok());
    CHECK(*content == pdf);
    CHECK(StoredFileStore(db).text(stored.id).simplified().contains(
        QStringLiteral("access control policy")));

    CHECK_FALSE(keeper.find(stored.id + 100).ok());
}

TEST_CASE("A stored file cannot be changed in place", "[files][storage]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const StoredFile stored =
        storeOne(db, makeTestPdf({QStringLiteral("Policy")}), QStringLiteral("policy.pdf"));
    CHECK_THROWS_AS(
        db.exec(
            QStringLiteral("UPDATE stored_file SET content = x'00' WHERE id = %1").arg(stored.id)),
        StorageError);
    CHECK_THROWS_AS(db.exec(QStringLiteral("UPDATE stored_file SET file_name = 'other.pdf'")),
                    StorageError);
    CHECK(StoredFileKeeper(db).content(stored.id).ok());
}

TEST_CASE("A tampered stored file is reported as an integrity failure naming it", "[files]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const QByteArray pdf = makeTestPdf({QStringLiteral("Breach Notification Policy")});
    const StoredFile stored = storeOne(db, pdf, QStringLiteral("BRN-001 signed.pdf"));

    // The trigger refuses any update, so the tamper needs it gone first.
    db.exec(QStringLiteral("DROP TRIGGER stored_file_immutable"));
    QByteArray tampered = pdf;
    tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x20);
    Statement update =
        db.prepare(QStringLiteral("UPDATE stored_file SET content = ?1 WHERE id = ?2"));
    update.bindBlob(1, tampered).bind(2, stored.id).exec();

    Result<QByteArray> read = StoredFileKeeper(db).content(stored.id);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Integrity);
    CHECK(read.error().message.contains(QStringLiteral("BRN-001 signed.pdf")));
    CHECK(read.error().message.contains(QStringLiteral("SHA-256")));
}

TEST_CASE("Files over the size limit, empty or not PDFs are refused", "[files]")
{
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QByteArray huge = makeTestPdf({QStringLiteral("Big")});
    huge.append(QByteArray(int(StoredFileKeeper::maximumBytes) - huge.size() + 1, ' '));
    Result<PendingFile> tooBig =
        StoredFileKeeper::prepare(QStringLiteral("big.pdf"), huge, at, QStringLiteral("Dana"));
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().kind == ErrorKind::Invalid);
    CHECK(tooBig.error().message == QStringLiteral("big.pdf is larger than 64 MB."));

    Result<PendingFile> empty =
        StoredFileKeeper::prepare(QStringLiteral("empty.pdf"), {}, at, QStringLiteral("Dana"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message == QStringLiteral("empty.pdf is empty."));

    Result<PendingFile> notPdf =
        StoredFileKeeper::prepare(QStringLiteral("notes.pdf"), QByteArray("plain text, not a PDF"),
                                  at, QStringLiteral("Dana"));
    REQUIRE_FALSE(notPdf.ok());
    CHECK(notPdf.error().kind == ErrorKind::Invalid);
    CHECK(notPdf.error().message.startsWith(QStringLiteral("notes.pdf: ")));
}

TEST_CASE("A copy is written whole to the chosen path", "[files]")
{
    TemporaryProgram fixture;
    const QByteArray pdf = makeTestPdf({QStringLiteral("Copy me")});
    const QString path = fixture.dir() + QStringLiteral("/copy.pdf");
    REQUIRE(StoredFileKeeper::saveCopy(pdf, path).ok());
    QFile copy(path);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == pdf);

    Result<void> refused =
        StoredFileKeeper::saveCopy(pdf, fixture.dir() + QStringLiteral("/missing/dir/copy.pdf"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Io);
}
