#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TemporaryProgram.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>
#include <initializer_list>

using namespace palisade;
using namespace palisade::test;

namespace {

constexpr qint64 pageSize = 4096;

// A closed program file of a few dozen pages: the creation event plus 200
// audit events with sizeable JSON.
void fillAndClose(TemporaryProgram& fixture)
{
    Program& program = fixture.program();
    const Result<void> filled = program.transact(QStringLiteral("fill"), [&](AuditTrail& audit) {
        for (int i = 0; i < 200; ++i) {
            audit.record(program.actor(), QStringLiteral("updated"), QStringLiteral("risk"),
                         QString::number(i), {},
                         {{QStringLiteral("text"), QString(400, QLatin1Char(char('a' + i % 26)))}});
        }
    });
    REQUIRE(filled.ok());
    fixture.close();
    REQUIRE_FALSE(QFileInfo::exists(fixture.path() + QStringLiteral("-wal")));
    REQUIRE(QFileInfo(fixture.path()).size() % pageSize == 0);
    REQUIRE(QFileInfo(fixture.path()).size() / pageSize >= 20);
}

QString tamperedCopy(const TemporaryProgram& fixture, qint64 offset)
{
    const QString copy = fixture.dir() + QStringLiteral("/tampered-%1.palisade").arg(offset);
    REQUIRE(QFile::copy(fixture.path(), copy));
    REQUIRE(flipBytes(copy, offset));
    return copy;
}

QByteArray pageBytes(const QString& path, qint64 page)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.seek((page - 1) * pageSize));
    return file.read(pageSize);
}

Result<std::unique_ptr<Program>> unlockCopy(const QString& path, Vault::Access access,
                                            const Clock& clock)
{
    Program::UnlockOptions options;
    options.access = access;
    return Program::unlock(path, SecretBuffer::fromString(fixturePassphrase()), options, clock);
}

bool namesPage(const IntegrityReport& report, qint64 page)
{
    const QRegularExpression expected(QStringLiteral("\\bpage %1\\b").arg(page));
    for (const IntegrityReport::Finding& finding : report.findings) {
        if (finding.check == QStringLiteral("cipher_integrity_check") &&
            finding.message.contains(expected))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A changed byte on the first page is refused like a wrong passphrase",
          "[reliability][tamper]")
{
    TemporaryProgram fixture;
    fillAndClose(fixture);

    // Offsets 0-15 are the salt; the rest of page 1 is encrypted and covered by its HMAC.
    for (const qint64 offset : {qint64(3), qint64(20), qint64(100), qint64(4000)}) {
        const QString copy = tamperedCopy(fixture, offset);
        const QByteArray tampered = fileDigest(copy);
        for (const Vault::Access access : {Vault::Access::ReadWrite, Vault::Access::ReadOnly}) {
            INFO("offset " << offset << ", read-only " << (access == Vault::Access::ReadOnly));
            const auto unlocked = unlockCopy(copy, access, fixture.clock());
            REQUIRE_FALSE(unlocked.ok());
            CHECK(unlocked.error().kind == ErrorKind::Unlock);
            CHECK(fileDigest(copy) == tampered);
            CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
            CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-shm")));
        }
    }
}

TEST_CASE("A changed byte on a later page is an integrity failure and is never overwritten",
          "[reliability][tamper]")
{
    TemporaryProgram fixture;
    fillAndClose(fixture);
    const qint64 pages = QFileInfo(fixture.path()).size() / pageSize;
    int refusedAtUnlock = 0;
    int foundByCheck = 0;

    // Page numbers are 1-based; each page ends with its IV (16 bytes) and HMAC (64 bytes).
    for (const qint64 page : {qint64(2), qint64(3), pages / 2, pages}) {
        for (const qint64 within : {qint64(200), pageSize - 1}) {
            const qint64 offset = (page - 1) * pageSize + within;
            const QString copy = tamperedCopy(fixture, offset);
            const QByteArray tampered = fileDigest(copy);
            const QByteArray tamperedPage = pageBytes(copy, page);

            for (const Vault::Access access : {Vault::Access::ReadOnly, Vault::Access::ReadWrite}) {
                INFO("page " << page << " of " << pages << ", offset " << offset << ", read-only "
                             << (access == Vault::Access::ReadOnly));
                auto unlocked = unlockCopy(copy, access, fixture.clock());
                if (!unlocked.ok()) {
                    CHECK(unlocked.error().kind == ErrorKind::Integrity);
                    CHECK(fileDigest(copy) == tampered);
                    ++refusedAtUnlock;
                    continue;
                }
                const IntegrityReport report = unlocked.value()->check();
                CHECK_FALSE(report.ok());
                CHECK(namesPage(report, page));
                ++foundByCheck;
                CHECK(report.summary().contains(QStringLiteral("cipher_integrity_check")));
                unlocked.value().reset();
                if (access == Vault::Access::ReadOnly) {
                    CHECK(fileDigest(copy) == tampered);
                } else {
                    // A read-write unlock that got past the damage recorded its
                    // event elsewhere; the damaged page itself is left as found.
                    CHECK(pageBytes(copy, page) == tamperedPage);
                }
            }
        }
    }
    // Both documented outcomes occur: damage on a page the unlock reads stops
    // it; damage elsewhere is found by the check.
    CHECK(refusedAtUnlock > 0);
    CHECK(foundByCheck > 0);
}
