#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/reliability/BackupCheck.h"
#include "tests/reliability/FaultInjectingVfs.h"
#include "tests/support/TemporaryProgram.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <limits>
#include <set>
#include <tuple>

using namespace palisade;
using namespace palisade::test;

namespace {

using Fault = FaultInjectingVfs::Fault;
using FileRole = FaultInjectingVfs::FileRole;

// Far more writes and syncs than adding one asset and closing the file take;
// the sweep stops at the first count the whole step no longer reaches.
constexpr int sweepLimit = 200;
// Points of a backup's writes (or syncs) that the backup sweep tries.
constexpr int backupSweepSteps = 4;

Asset assetNamed(const QString& name)
{
    Asset asset;
    asset.name = name;
    asset.kind = AssetKind::Server;
    asset.owner = QStringLiteral("Dana Whitfield");
    asset.phiHeld = QStringLiteral("claims, diagnosis codes");
    return asset;
}

const char* faultName(Fault fault)
{
    switch (fault) {
    case Fault::WriteError:
        return "write error";
    case Fault::SyncError:
        return "sync error";
    case Fault::DiskFull:
        return "disk full";
    }
    return "";
}

// What the user reads after the name of the step that failed. Only a commit
// whose sync failed may have kept the change.
QString expectedCause(Fault fault, bool commit)
{
    if (fault == Fault::DiskFull)
        return QStringLiteral(
            "The disk is full. Nothing was saved; free some space and try again.");
    if (fault == Fault::SyncError && commit)
        return QStringLiteral("The disk did not confirm the write, so the change may or may not "
                              "have been kept. Close the program file and open it again to see "
                              "what it holds.");
    return QStringLiteral("A read or write of the program file failed. Nothing was saved.");
}

QStringList assetNames(Program& program)
{
    const auto assets = program.assets().assets();
    REQUIRE(assets.ok());
    QStringList names;
    for (const Asset& asset : *assets)
        names << asset.name;
    names.sort();
    return names;
}

qint64 assetCreationEvents(Program& program)
{
    AuditQuery query;
    query.entity = QStringLiteral("asset");
    query.action = QStringLiteral("created");
    return qint64(program.auditTrail().events(query).size());
}

// The file as it must be after every step: it passes the integrity check, its
// audit chain holds, and it has exactly the assets expected, each with the
// event that created it.
void requireIntact(Program& program, QStringList expected)
{
    const IntegrityReport report = program.check();
    INFO(report.summary().toStdString());
    REQUIRE(report.ok());
    REQUIRE(program.auditTrail().verify().intact);
    expected.sort();
    REQUIRE(assetNames(program) == expected);
    REQUIRE(assetCreationEvents(program) == expected.size());
}

// Files beside the backup's path that a failed backup might leave.
QStringList backupLeftovers(const QString& backup)
{
    QStringList found;
    for (const char* suffix : {".partial", ".partial-journal", "-journal", "-wal"}) {
        if (QFileInfo::exists(backup + QLatin1String(suffix)))
            found << backup + QLatin1String(suffix);
    }
    return found;
}

void requireValidBackup(const QString& backup, const Clock& clock)
{
    const Result<IntegrityReport> checked = checkBackup(backup, fixturePassphrase(), clock);
    INFO((checked ? checked->summary() : checked.error().text()).toStdString());
    REQUIRE(checked.ok());
    REQUIRE(checked->ok());
}

} // namespace

TEST_CASE("A write error, a sync error or a full disk loses nothing and is reported plainly",
          "[reliability][io-fault]")
{
    const Fault fault = GENERATE(Fault::WriteError, Fault::SyncError, Fault::DiskFull);
    INFO("fault: " << faultName(fault));

    FaultInjectingVfs vfs;
    TemporaryProgram fixture; // closed before the VFS goes
    QStringList expected{QStringLiteral("Baseline practice management system")};
    REQUIRE(fixture.program().assets().add(assetNamed(expected.front())).ok());
    fixture.reopen();

    int refusedChanges = 0;
    int faultsAtClose = 0;
    std::set<FileRole> rolesHit;
    int after = 0;
    for (; after < sweepLimit; ++after) {
        INFO("fault from operation " << after);
        const QString name = QStringLiteral("Server %1").arg(after, 3, 10, QLatin1Char('0'));
        Program& program = fixture.program();

        // The change meets the fault from its `after`-th write (or sync) on...
        vfs.arm(fault, after);
        const Result<Asset> added = program.assets().add(assetNamed(name));
        const int faultsInChange = vfs.injected();
        if (faultsInChange > 0)
            rolesHit.insert(vfs.firstRole());
        if (!added) {
            ++refusedChanges;
            CHECK(faultsInChange > 0);
            CHECK(added.error().kind == ErrorKind::Io);
            CHECK(added.error().message ==
                  QStringLiteral("Saving the asset failed: ") + expectedCause(fault, true));
            // ...and a refused change is not half there.
            CHECK_FALSE(assetNames(program).contains(name));
        } else {
            expected << name;
        }
        // ...and so does closing the file, which copies the WAL into it.
        fixture.close();
        const int faultsInClose = vfs.injected() - faultsInChange;
        if (faultsInClose > 0) {
            ++faultsAtClose;
            if (faultsInChange == 0)
                rolesHit.insert(vfs.firstRole());
        }
        vfs.disarm();
        INFO("faults in the change " << faultsInChange << ", at close " << faultsInClose
                                     << ", first in the "
                                     << FaultInjectingVfs::roleName(vfs.firstRole()));

        Program& reopened = fixture.reopen();
        // After a failed sync the change was written but not confirmed, and
        // the user was told so: it may come back whole when the file is
        // reopened. After any other fault nothing of it may remain.
        if (!added && fault == Fault::SyncError && assetNames(reopened).contains(name))
            expected << name;
        requireIntact(reopened, expected);
        if (!expected.contains(name)) {
            // Once the disk works again, the same change goes through.
            REQUIRE(reopened.assets().add(assetNamed(name)).ok());
            expected << name;
            requireIntact(reopened, expected);
        }
        if (faultsInChange + faultsInClose == 0)
            break;
    }
    // The sweep ran until the fault came too late to matter, and on its way
    // the fault hit the change itself and the copy of the WAL at close.
    CHECK(after < sweepLimit);
    CHECK(refusedChanges > 0);
    CHECK(faultsAtClose > 0);
    CHECK(rolesHit.count(FileRole::Wal) == 1);
    CHECK(rolesHit.count(FileRole::MainDatabase) == 1);
}

TEST_CASE("A backup that meets a write error, a sync error or a full disk leaves no backup behind",
          "[reliability][io-fault]")
{
    FaultInjectingVfs vfs;
    TemporaryProgram fixture; // closed before the VFS goes
    const QStringList expected{QStringLiteral("Baseline practice management system")};
    REQUIRE(fixture.program().assets().add(assetNamed(expected.front())).ok());
    const QString backup = fixture.dir() + QStringLiteral("/backup.palisade");

    // How many writes and syncs a backup takes, to spread the sweep over them.
    vfs.arm(Fault::WriteError, std::numeric_limits<int>::max());
    REQUIRE(fixture.program().backup(backup).ok());
    const int writes = vfs.writes();
    const int syncs = vfs.syncs();
    vfs.disarm();
    REQUIRE(QFile::remove(backup));
    REQUIRE(writes > 0);
    REQUIRE(syncs > 0);

    for (const Fault fault : {Fault::WriteError, Fault::SyncError, Fault::DiskFull}) {
        INFO("fault: " << faultName(fault));
        const int operations = fault == Fault::SyncError ? syncs : writes;
        const int stride = std::max(1, operations / backupSweepSteps);
        int refusedBackups = 0;
        std::set<FileRole> rolesHit;
        for (int after = 0; after < operations; after += stride) {
            INFO("fault from operation " << after << " of " << operations);
            vfs.arm(fault, after);
            const Result<void> done = fixture.program().backup(backup);
            if (vfs.injected() > 0)
                rolesHit.insert(vfs.firstRole());
            vfs.disarm();
            if (!done) {
                INFO(done.error().text().toStdString());
                if (done.error().message.startsWith(QStringLiteral("The backup failed: "))) {
                    ++refusedBackups;
                    CHECK(done.error().message ==
                          QStringLiteral("The backup failed: ") + expectedCause(fault, false));
                    CHECK_FALSE(QFileInfo::exists(backup));
                } else {
                    // The copy was finished; recording it in the audit trail failed.
                    CHECK(done.error().message.startsWith(
                        QStringLiteral("Recording the event failed: ")));
                }
            }
            // Nothing half-written is left where a backup is looked for.
            CHECK(backupLeftovers(backup) == QStringList());
            if (QFileInfo::exists(backup)) {
                requireValidBackup(backup, fixture.clock());
                REQUIRE(QFile::remove(backup));
            }

            // The program file is as it was.
            requireIntact(fixture.reopen(), expected);
        }
        CHECK(refusedBackups > 0);
        // The backup is written in rollback-journal mode: the faults met its journal.
        CHECK(rolesHit.count(FileRole::Journal) == 1);
    }

    // Once the disk works again, the same backup goes through.
    REQUIRE(fixture.program().backup(backup).ok());
    requireValidBackup(backup, fixture.clock());
}

TEST_CASE("A passphrase change that meets a write error, a sync error or a full disk says which "
          "passphrase opens the file",
          "[reliability][io-fault]")
{
    const Fault fault = GENERATE(Fault::WriteError, Fault::SyncError, Fault::DiskFull);
    INFO("fault: " << faultName(fault));
    const QString current = fixturePassphrase();
    const QString next = QStringLiteral("a new passphrase for the program file");
    const auto opensWith = [](const QString& path, const QString& passphrase, const Clock& clock) {
        auto unlocked = Program::unlock(path, SecretBuffer::fromString(passphrase), {}, clock);
        if (!unlocked)
            return false;
        const IntegrityReport report = unlocked.value()->check();
        INFO(report.summary().toStdString());
        CHECK(report.ok());
        CHECK(assetNames(*unlocked.value()) ==
              QStringList{QStringLiteral("Baseline practice management system")});
        return true;
    };

    FaultInjectingVfs vfs;
    const auto change = [&](int after) {
        TemporaryProgram fixture; // closed before the VFS goes
        REQUIRE(fixture.program()
                    .assets()
                    .add(assetNamed(QStringLiteral("Baseline practice management system")))
                    .ok());
        vfs.arm(fault, after);
        const Result<void> changed = fixture.program().changePassphrase(
            SecretBuffer::fromString(current), SecretBuffer::fromString(next));
        const int writes = vfs.writes();
        const int syncs = vfs.syncs();
        vfs.disarm();
        fixture.close();

        const bool opensWithNew = opensWith(fixture.path(), next, fixture.clock());
        const bool opensWithCurrent = opensWith(fixture.path(), current, fixture.clock());
        // Exactly one passphrase opens the file, whole, whatever happened.
        REQUIRE(opensWithNew != opensWithCurrent);
        return std::make_tuple(changed, opensWithCurrent,
                               fault == Fault::SyncError ? syncs : writes);
    };

    // How many writes (or syncs) a change takes, to spread the sweep over them.
    const auto [unhindered, stillCurrent, operations] = change(std::numeric_limits<int>::max());
    REQUIRE(unhindered.ok());
    REQUIRE_FALSE(stillCurrent);
    REQUIRE(operations > 0);

    int refused = 0;
    for (int after = 0; after < operations; after += std::max(1, operations / 6)) {
        INFO("fault from operation " << after << " of " << operations);
        const auto [changed, opensWithCurrent, ignored] = change(after);
        if (changed) {
            CHECK_FALSE(opensWithCurrent);
        } else if (opensWithCurrent) {
            ++refused;
            CHECK(changed.error().kind == ErrorKind::Io);
            // Told the truth: not changed, and how to go on.
            CHECK(changed.error().message ==
                  QStringLiteral("Changing the passphrase failed: the program file could not be "
                                 "rewritten (a write failed or the disk is full). The passphrase "
                                 "was not changed. Close the program file and open it again with "
                                 "the current passphrase."));
        } else {
            // Changed, but recording the change met the fault.
            CHECK(
                changed.error().message.startsWith(QStringLiteral("Recording the event failed: ")));
        }
    }
    CHECK(refused > 0);
}
