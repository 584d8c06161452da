#include "core/program/Program.h"
#include "tests/support/TemporaryProgram.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

TEST_CASE("No plaintext reaches the disk", "[reliability][plaintext]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const QString canary = QStringLiteral("CANARY-e51f0c2b9d Ünïcødé 東京 marker");
    const QByteArray needle = canary.toUtf8();
    const QByteArray asciiPart = QByteArrayLiteral("CANARY-e51f0c2b9d");
    // Longer than a page, so the value also spills onto overflow pages.
    const QString longValue = canary.repeated(300);

    const Result<void> done = program.transact(QStringLiteral("test"), [&](AuditTrail& audit) {
        audit.record(program.actor(), QStringLiteral("created"), QStringLiteral("note"),
                     QStringLiteral("N-1"), {},
                     {{QStringLiteral("body"), canary}, {QStringLiteral("long"), longValue}});
    });
    REQUIRE(done.ok());
    REQUIRE(program.auditTrail().events().back().after.contains(needle));

    const QString wal = fixture.path() + QStringLiteral("-wal");
    const QString shm = fixture.path() + QStringLiteral("-shm");
    const QStringList knownText{QStringLiteral("Riverbend Coding Services"),
                                QStringLiteral("Dana Whitfield"), QStringLiteral("audit_event"),
                                QStringLiteral("program_setting")};
    const auto checkFiles = [&](const QStringList& paths) {
        for (const QString& path : paths) {
            INFO(path.toStdString());
            const QByteArray bytes = readAll(path);
            CHECK_FALSE(bytes.contains(needle));
            CHECK_FALSE(bytes.contains(asciiPart));
            for (const QString& text : knownText)
                CHECK_FALSE(bytes.contains(text.toUtf8()));
        }
    };

    SECTION("while the file is open")
    {
        // The change is committed to the WAL, which must be encrypted too.
        REQUIRE(QFileInfo(wal).size() > 0);
        checkFiles({fixture.path(), wal, shm});
        CHECK_FALSE(readAll(fixture.path()).startsWith("SQLite format 3"));
    }
    SECTION("after it is closed")
    {
        fixture.close();
        CHECK_FALSE(QFileInfo::exists(wal));
        const QByteArray bytes = readAll(fixture.path());
        REQUIRE(bytes.size() >= 8192);
        CHECK_FALSE(bytes.startsWith("SQLite format 3"));
        checkFiles({fixture.path()});

        // And the text is really in there, for the right passphrase.
        Program& reopened = fixture.reopen();
        AuditQuery query;
        query.text = QStringLiteral("e51f0c2b9d");
        CHECK(reopened.auditTrail().events(query).size() == 1);
    }
    SECTION("in a backup")
    {
        const QString backup = fixture.dir() + QStringLiteral("/backup.palisade");
        REQUIRE(program.backup(backup).ok());
        const QByteArray bytes = readAll(backup);
        REQUIRE_FALSE(bytes.isEmpty());
        CHECK_FALSE(bytes.startsWith("SQLite format 3"));
        checkFiles({backup});
    }
}
