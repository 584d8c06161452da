#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TemporaryProgram.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

constexpr int attemptCount = 100;
// Attempts while another connection holds the file open.
constexpr int attemptsWhileOpen = 20;

// Near misses first (one character changed, dropped, added; case; spacing),
// then passphrases that share nothing with the right one.
QStringList wrongPassphrases(int count)
{
    const QString right = fixturePassphrase();
    QStringList wrong;
    for (qsizetype i = 0; i < right.size() && wrong.size() < count / 2; ++i) {
        QString changed = right;
        changed[i] = QChar(changed.at(i).unicode() + 1);
        wrong << changed;
    }
    wrong << right.left(right.size() - 1) << right + QLatin1Char(' ') << QLatin1Char(' ') + right
          << right.toUpper() << right + QLatin1Char('\n') << right.left(right.size() / 2)
          << right + right;
    wrong << QString(right).replace(QLatin1Char('e'), QChar(0x00e9));
    for (int i = 0; wrong.size() < count; ++i)
        wrong << QStringLiteral("unrelated passphrase %1 \u00fc\u6771 %2").arg(i).arg(i * 7919);
    return wrong;
}

// The WAL index (-shm) is shared memory in which every connection that starts
// reading a WAL file, whatever its key, records how far it reads: SQLite's
// read marks, five 32-bit words after the two 48-byte header copies and the
// backfill count. Its digest leaves them out; every other byte counts.
QByteArray walIndexDigest(const QString& path)
{
    constexpr qsizetype readMarksAt = 2 * 48 + 4;
    constexpr qsizetype readMarksSize = 5 * 4;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.size() >= readMarksAt + readMarksSize)
        bytes.replace(readMarksAt, readMarksSize, QByteArray(readMarksSize, '\0'));
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Every file in the folder with its digest ("name sha256"): the program file
// and any side file (-wal, -shm, -journal) that an unlock might create or change.
QStringList folderState(const QString& dir)
{
    QStringList state;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString path = entry.absoluteFilePath();
        const QByteArray digest =
            path.endsWith(QStringLiteral("-shm")) ? walIndexDigest(path) : fileDigest(path);
        state << entry.fileName() + QLatin1Char(' ') + QString::fromLatin1(digest.toHex());
    }
    return state;
}

QStringList fileNames(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void attemptWrongPassphrases(TemporaryProgram& fixture, const QStringList& passphrases)
{
    const QStringList before = folderState(fixture.dir());
    for (int i = 0; i < passphrases.size(); ++i) {
        Program::UnlockOptions options;
        // Every fourth attempt asks for read-only access, the other way in.
        options.access = i % 4 == 3 ? Vault::Access::ReadOnly : Vault::Access::ReadWrite;
        INFO("attempt " << i + 1 << " with \"" << passphrases.at(i).toStdString()
                        << "\", read-only " << (options.access == Vault::Access::ReadOnly));
        const auto unlocked = Program::unlock(
            fixture.path(), SecretBuffer::fromString(passphrases.at(i)), options, fixture.clock());
        REQUIRE_FALSE(unlocked.ok());
        INFO(unlocked.error().text().toStdString());
        REQUIRE(unlocked.error().kind == ErrorKind::Unlock);
        REQUIRE(unlocked.error().message.startsWith(QStringLiteral("The passphrase is wrong")));
        REQUIRE(unlocked.error().message.endsWith(QStringLiteral("The file was not changed.")));
        REQUIRE(folderState(fixture.dir()) == before);
    }
}

} // namespace

TEST_CASE("A hundred wrong passphrases are refused and leave the closed file untouched",
          "[reliability][passphrase]")
{
    TemporaryProgram fixture;
    Asset asset;
    asset.name = QStringLiteral("Practice management system");
    asset.owner = QStringLiteral("Dana Whitfield");
    REQUIRE(fixture.program().assets().add(asset).ok());
    fixture.close();
    REQUIRE(fileNames(fixture.dir()) == QStringList{QStringLiteral("program.palisade")});

    const QStringList passphrases = wrongPassphrases(attemptCount);
    REQUIRE(passphrases.size() == attemptCount);
    REQUIRE_FALSE(passphrases.contains(fixturePassphrase()));
    attemptWrongPassphrases(fixture, passphrases);

    // The right passphrase still opens it, with everything in place.
    Program& program = fixture.reopen();
    CHECK(program.check().ok());
    const auto assets = program.assets().assets();
    REQUIRE(assets.ok());
    REQUIRE(assets->size() == 1);
    CHECK(assets->front().name == asset.name);
}

TEST_CASE("Wrong passphrases leave a file that is open elsewhere and its WAL untouched",
          "[reliability][passphrase]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    Asset asset;
    asset.name = QStringLiteral("Billing workstation");
    asset.owner = QStringLiteral("Dana Whitfield");
    REQUIRE(program.assets().add(asset).ok());
    REQUIRE(QFileInfo::exists(fixture.path() + QStringLiteral("-wal")));
    REQUIRE(QFileInfo::exists(fixture.path() + QStringLiteral("-shm")));

    // A wrong-key unlock joins the WAL as a reader before page 1 fails to
    // decrypt, so it may move a read mark in the WAL index (walIndexDigest
    // leaves those out); the file, the WAL and the rest of the index stay as
    // they were.
    attemptWrongPassphrases(fixture, wrongPassphrases(attemptsWhileOpen));

    // The window that had it open goes on working.
    asset.name = QStringLiteral("Front desk workstation");
    CHECK(program.assets().add(asset).ok());
    CHECK(program.check().ok());
}
