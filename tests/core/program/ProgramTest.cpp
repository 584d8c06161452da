#include "core/program/Program.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TemporaryProgram.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

TEST_CASE("A created program records its creation and reopens with its profile", "[program]")
{
    TemporaryProgram fixture;
    REQUIRE(fixture.program().auditTrail().count() == 1);
    CHECK(fixture.program().auditTrail().events().front().action == QStringLiteral("created"));

    Program& reopened = fixture.reopen();
    CHECK(reopened.profile().organization == QStringLiteral("Riverbend Coding Services"));
    CHECK(reopened.actor() == QStringLiteral("Dana Whitfield"));
    const auto events = reopened.auditTrail().events();
    REQUIRE(events.size() == 2);
    CHECK(events.back().action == QStringLiteral("unlocked"));
    CHECK(reopened.auditTrail().verify().intact);
}

TEST_CASE("Failed unlock attempts are recorded at the next successful unlock", "[program]")
{
    TemporaryProgram fixture;
    fixture.close();
    Program::UnlockOptions options;
    options.failedAttempts = {fixture.clock().nowUtc().addSecs(-60),
                              fixture.clock().nowUtc().addSecs(-30)};
    auto unlocked = Program::unlock(fixture.path(), SecretBuffer::fromString(fixturePassphrase()),
                                    options, fixture.clock());
    REQUIRE(unlocked.ok());
    const auto events = unlocked.value()->auditTrail().events();
    REQUIRE(events.size() == 3);
    CHECK(events[1].action == QStringLiteral("unlock_failed"));
    CHECK(events[1].after.contains("\"attempts\":2"));
}

namespace {

ProgramProfile sampleProfile()
{
    ProgramProfile profile;
    profile.organization = QStringLiteral("  Harbor Dental Group  ");
    profile.officerName = QStringLiteral("Sam Ortiz");
    profile.officerRole = OfficerRole::SecurityOfficer;
    return profile;
}

bool sidecarsExist(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-shm"));
}

} // namespace

TEST_CASE("Program::create validates the profile and never overwrites a file", "[program]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.palisade"));
    const FixedClock clock;
    const SecretBuffer passphrase = SecretBuffer::fromString(fixturePassphrase());

    ProgramProfile noOrganization = sampleProfile();
    noOrganization.organization = QStringLiteral("   ");
    auto refused = Program::create(path, passphrase, noOrganization, clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    ProgramProfile noOfficer = sampleProfile();
    noOfficer.officerName.clear();
    CHECK(Program::create(path, passphrase, noOfficer, clock).error().kind == ErrorKind::Invalid);
    CHECK(Program::create(path, SecretBuffer(), sampleProfile(), clock).error().kind ==
          ErrorKind::Invalid);
    CHECK_FALSE(QFileInfo::exists(path));

    {
        auto created = Program::create(path, passphrase, sampleProfile(), clock);
        REQUIRE(created.ok());
        Program& program = *created.value();
        CHECK(program.profile().organization == QStringLiteral("Harbor Dental Group"));
        CHECK(program.profile().createdAt == clock.nowUtc());
        CHECK(program.actor() == QStringLiteral("Sam Ortiz"));
        CHECK(program.path() == path);
        CHECK_FALSE(program.isReadOnly());
        const AuditEvent created0 = program.auditTrail().events().front();
        CHECK(created0.after.contains("\"organization\":\"Harbor Dental Group\""));
    }
    const QByteArray digest = fileDigest(path);
    auto again = Program::create(path, passphrase, sampleProfile(), clock);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Io);
    CHECK(fileDigest(path) == digest);

    auto reopened = Program::unlock(path, passphrase, {}, clock);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->profile().officerRole == OfficerRole::SecurityOfficer);
    CHECK(reopened.value()->profile().createdAt == clock.nowUtc());
}

TEST_CASE("Program::unlock refuses a wrong passphrase and uses the given actor", "[program]")
{
    TemporaryProgram fixture;
    fixture.close();
    const QByteArray digest = fileDigest(fixture.path());

    auto wrong = Program::unlock(
        fixture.path(), SecretBuffer::fromString(QStringLiteral("not the fixture passphrase")), {},
        fixture.clock());
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::Unlock);
    CHECK(fileDigest(fixture.path()) == digest);

    Program::UnlockOptions options;
    options.actor = QStringLiteral("Auditor Jane");
    auto unlocked = Program::unlock(fixture.path(), SecretBuffer::fromString(fixturePassphrase()),
                                    options, fixture.clock());
    REQUIRE(unlocked.ok());
    CHECK(unlocked.value()->actor() == QStringLiteral("Auditor Jane"));
    CHECK(unlocked.value()->auditTrail().events().back().actor == QStringLiteral("Auditor Jane"));
}

TEST_CASE("transact commits work with its event or rolls all of it back", "[program]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    program.database().exec(QStringLiteral("CREATE TABLE note (body TEXT NOT NULL)"));
    int changedSignals = 0;
    QObject::connect(&program, &Program::changed, [&] { ++changedSignals; });

    const Result<void> failed =
        program.transact(QStringLiteral("Saving the note"), [](AuditTrail& audit) {
            audit.record(QStringLiteral("Dana Whitfield"), QStringLiteral("created"),
                         QStringLiteral("note"), QStringLiteral("1"));
            throw StorageError(19, 19, QStringLiteral("NOT NULL constraint failed: note.body"));
        });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::Invalid);
    CHECK(failed.error().message.startsWith(QStringLiteral("Saving the note")));
    CHECK(program.auditTrail().count() == 1);
    CHECK(changedSignals == 0);

    const Result<void> done =
        program.transact(QStringLiteral("Saving the note"), [&](AuditTrail& audit) {
            program.database().exec(QStringLiteral("INSERT INTO note VALUES ('kept')"));
            audit.record(program.actor(), QStringLiteral("created"), QStringLiteral("note"),
                         QStringLiteral("1"));
        });
    REQUIRE(done.ok());
    CHECK(changedSignals == 1);
    CHECK(program.auditTrail().count() == 2);
    CHECK(program.database().scalarInt(QStringLiteral("SELECT count(*) FROM note")) == 1);
}

TEST_CASE("Locking records why and closes the file", "[program]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    fixture.clock().advanceSeconds(900);
    program.lock(QStringLiteral("idle"));
    CHECK_FALSE(program.isOpen());
    const Result<void> afterLock = program.transact(QStringLiteral("x"), [](AuditTrail&) {});
    REQUIRE_FALSE(afterLock.ok());
    CHECK(afterLock.error().kind == ErrorKind::Usage);
    program.lock(QStringLiteral("again")); // harmless once closed
    CHECK_FALSE(sidecarsExist(fixture.path()));

    const auto events = fixture.reopen().auditTrail().events();
    REQUIRE(events.size() == 3);
    CHECK(events[1].action == QStringLiteral("locked"));
    CHECK(events[1].after == QByteArrayLiteral("{\"reason\":\"idle\"}"));
    CHECK(events[1].at == fixture.clock().nowUtc());
    CHECK(events[2].action == QStringLiteral("unlocked"));
    CHECK(fixture.program().auditTrail().verify().intact);
}

TEST_CASE("A read-only unlock writes nothing", "[program]")
{
    TemporaryProgram fixture;
    fixture.close();
    REQUIRE_FALSE(sidecarsExist(fixture.path()));
    const QByteArray digest = fileDigest(fixture.path());

    {
        Program::UnlockOptions options;
        options.access = Vault::Access::ReadOnly;
        options.failedAttempts = {fixture.clock().nowUtc()};
        auto unlocked =
            Program::unlock(fixture.path(), SecretBuffer::fromString(fixturePassphrase()), options,
                            fixture.clock());
        REQUIRE(unlocked.ok());
        Program& program = *unlocked.value();
        CHECK(program.isReadOnly());
        CHECK(program.auditTrail().count() == 1);
        CHECK(program.profile().organization == QStringLiteral("Riverbend Coding Services"));
        CHECK(program.check().ok());

        const Result<void> write = program.transact(QStringLiteral("x"), [](AuditTrail&) {});
        REQUIRE_FALSE(write.ok());
        CHECK(write.error().kind == ErrorKind::Usage);
        const Result<void> rekey = program.changePassphrase(
            SecretBuffer::fromString(fixturePassphrase()),
            SecretBuffer::fromString(QStringLiteral("another long passphrase")));
        CHECK_FALSE(rekey.ok());
        program.lock(QStringLiteral("manual"));
        CHECK_FALSE(program.isOpen());
    }
    CHECK(fileDigest(fixture.path()) == digest);
    CHECK(QFileInfo(fixture.path() + QStringLiteral("-wal")).size() == 0);
    CHECK(fixture.reopen().auditTrail().count() == 2); // created, then this unlock
}

TEST_CASE("Changing the passphrase checks the current one and is audited", "[program]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const SecretBuffer current = SecretBuffer::fromString(fixturePassphrase());
    const SecretBuffer next =
        SecretBuffer::fromString(QStringLiteral("a brand new program passphrase"));

    const Result<void> wrong = program.changePassphrase(
        SecretBuffer::fromString(QStringLiteral("wrong current passphrase")), next);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::Unlock);
    const Result<void> same =
        program.changePassphrase(current, SecretBuffer::fromString(fixturePassphrase()));
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().kind == ErrorKind::Invalid);
    CHECK(program.auditTrail().count() == 1);

    REQUIRE(program.changePassphrase(current, next).ok());
    CHECK(program.auditTrail().events().back().action == QStringLiteral("rekeyed"));
    fixture.close();

    auto old = Program::unlock(fixture.path(), current, {}, fixture.clock());
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().kind == ErrorKind::Unlock);
    auto fresh = Program::unlock(fixture.path(), next, {}, fixture.clock());
    REQUIRE(fresh.ok());
    CHECK(fresh.value()->auditTrail().verify().intact);
    CHECK(fresh.value()->check().ok());
}

TEST_CASE("A backup holds the same audit trail and passes the integrity check", "[program]")
{
    TemporaryProgram fixture;
    // Reopened, so the connection was opened without the create flag.
    Program& program = fixture.reopen();
    REQUIRE(program
                .transact(QStringLiteral("x"),
                          [&](AuditTrail& audit) {
                              audit.record(
                                  program.actor(), QStringLiteral("created"),
                                  QStringLiteral("risk"), QStringLiteral("R-1"), {},
                                  {{QStringLiteral("title"), QStringLiteral("Lost tablet")}});
                          })
                .ok());
    const std::vector<AuditEvent> before = program.auditTrail().events();
    const QString head = program.auditTrail().headHash();

    const QString target = fixture.dir() + QStringLiteral("/backups/copy.palisade");
    REQUIRE(program.backup(target).ok());
    const AuditEvent backedUp = program.auditTrail().events().back();
    CHECK(backedUp.action == QStringLiteral("backed_up"));
    CHECK(backedUp.after.contains("copy.palisade"));
    const QByteArray copyDigest = fileDigest(target);

    const Result<void> again = program.backup(target);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Io);
    CHECK(fileDigest(target) == copyDigest);

    Program::UnlockOptions readOnly;
    readOnly.access = Vault::Access::ReadOnly;
    auto copy = Program::unlock(target, SecretBuffer::fromString(fixturePassphrase()), readOnly,
                                fixture.clock());
    REQUIRE(copy.ok());
    const std::vector<AuditEvent> copied = copy.value()->auditTrail().events();
    REQUIRE(copied.size() == before.size());
    for (size_t i = 0; i < copied.size(); ++i) {
        CHECK(copied[i].seq == before[i].seq);
        CHECK(copied[i].hash == before[i].hash);
        CHECK(copied[i].after == before[i].after);
    }
    CHECK(copy.value()->auditTrail().headHash() == head);
    CHECK(copy.value()->profile().organization == program.profile().organization);
    const IntegrityReport report = copy.value()->check();
    CHECK(report.ok());
    CHECK(report.chain.headHash == head);
    copy.value().reset();
    CHECK(fileDigest(target) == copyDigest);

    auto wrong = Program::unlock(
        target, SecretBuffer::fromString(QStringLiteral("not the fixture passphrase")), readOnly,
        fixture.clock());
    CHECK_FALSE(wrong.ok());
}
