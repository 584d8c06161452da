#include "core/audit/AuditTrail.h"
#include "core/program/Program.h"
#include "core/storage/StorageError.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlcipher/sqlite3.h>

using namespace palisade;
using palisade::test::TemporaryProgram;

namespace {

// One change: an audit event naming `id`.
Result<void> change(Program& program, int id)
{
    return program.transact(QStringLiteral("Recording the change failed"), [&](AuditTrail& audit) {
        audit.record(program.actor(), QStringLiteral("updated"), QStringLiteral("risk"),
                     QString::number(id));
    });
}

// A change that records its event, then fails before it is done.
Result<void> failingChange(Program& program, int id)
{
    return program.transact(QStringLiteral("Recording the change failed"), [&](AuditTrail& audit) {
        audit.record(program.actor(), QStringLiteral("updated"), QStringLiteral("risk"),
                     QString::number(id));
        throw StorageError(SQLITE_CONSTRAINT, SQLITE_CONSTRAINT_CHECK,
                           QStringLiteral("CHECK constraint failed"));
    });
}

QStringList recordIds(Program& program)
{
    AuditQuery query;
    query.entity = QStringLiteral("risk");
    QStringList ids;
    for (const AuditEvent& event : program.auditTrail().events(query))
        ids << event.recordId;
    return ids;
}

// The expected record ids, in order.
template <typename... Ids> QStringList ids(Ids... each)
{
    return QStringList{QString::number(each)...};
}

} // namespace

TEST_CASE("A batch commits every N changes; what follows the last commit is lost with the "
          "process, whole",
          "[program][batch]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    REQUIRE(program.beginBatch(3).ok());
    CHECK(program.inBatch());
    const Result<void> twice = program.beginBatch(3);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == ErrorKind::Usage);

    for (int id = 1; id <= 4; ++id)
        REQUIRE(change(program, id).ok());
    // Closed without endBatch, as a crash would: the fourth change was not
    // committed yet and is gone, with nothing half-written.
    fixture.close();
    Program& reopened = fixture.reopen();
    CHECK(recordIds(reopened) == ids(1, 2, 3));
    const ChainVerification chain = reopened.auditTrail().verify();
    CHECK(chain.intact);
}

TEST_CASE("A failed change in a batch rolls back alone, and endBatch keeps the rest",
          "[program][batch]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    REQUIRE(program.beginBatch(1000).ok());
    REQUIRE(change(program, 1).ok());
    const Result<void> failed = failingChange(program, 2);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("Recording the change failed")));
    REQUIRE(change(program, 3).ok());
    CHECK(recordIds(program) == ids(1, 3));

    REQUIRE(program.endBatch().ok());
    CHECK_FALSE(program.inBatch());
    // Ending a batch that is not open is harmless.
    CHECK(program.endBatch().ok());

    fixture.close();
    Program& reopened = fixture.reopen();
    CHECK(recordIds(reopened) == ids(1, 3));
    // The failed change's event left no gap in the chain.
    const ChainVerification chain = reopened.auditTrail().verify();
    CHECK(chain.intact);
    // Outside a batch, changes commit one by one again.
    REQUIRE(change(reopened, 4).ok());
    fixture.close();
    CHECK(recordIds(fixture.reopen()) == ids(1, 3, 4));
}

TEST_CASE("Locking ends a batch and keeps its changes", "[program][batch]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    REQUIRE(program.beginBatch(1000).ok());
    REQUIRE(change(program, 1).ok());
    REQUIRE(change(program, 2).ok());
    program.lock(QStringLiteral("manual"));
    CHECK_FALSE(program.inBatch());
    CHECK_FALSE(program.beginBatch(10).ok());
    fixture.close();
    CHECK(recordIds(fixture.reopen()) == ids(1, 2));
}
