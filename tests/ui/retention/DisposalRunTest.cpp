#include "ui/retention/DisposalRun.h"

#include "core/retention/RecordTypes.h"
#include "tests/ui/retention/RetentionUiSamples.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

RetentionRecord recordOf(Program& program, const QString& type, qint64 id)
{
    Result<RetentionRecord> found = program.retention().record(type, id);
    REQUIRE(found);
    return *found;
}

} // namespace

TEST_CASE("DisposalRun disposes of a batch and says how it went", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    Program& program = fixture.program();
    // The risk before its task in the list: the task still goes first.
    const std::vector<RetentionRecord> batch{
        recordOf(program, recordtype::agreement(), history.expired),
        recordOf(program, recordtype::risk(), history.riskOne),
        recordOf(program, recordtype::remediationTask(), history.doneTask)};

    DisposalRun run(program.retention());
    run.run(batch);
    CHECK(run.disposedCount() == 3);
    CHECK(run.refusedCount() == 0);
    CHECK(run.partCount() == 0);
    CHECK(run.summary().startsWith(QStringLiteral("Disposed of 3 record")));
    CHECK(run.summary().endsWith(QLatin1Char('.')));
    CHECK(program.retention().disposals()->size() == 3);
    CHECK_FALSE(program.retention().record(recordtype::risk(), history.riskOne));
}

TEST_CASE("DisposalRun reports the refusal of a held record", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    Program& program = fixture.program();
    const std::vector<RetentionRecord> batch{
        recordOf(program, recordtype::agreement(), history.expired),
        recordOf(program, recordtype::risk(), history.riskOne)};
    // Held after the list was made, as when another window placed the hold.
    REQUIRE(program.retention().placeHold(recordtype::risk(), history.riskOne,
                                          QStringLiteral("Subpoena received 2026-09-14")));

    DisposalRun run(program.retention());
    run.run(batch);
    CHECK(run.disposedCount() == 1);
    CHECK(run.refusedCount() == 1);
    // The risk's done task went with nothing: it stays, held with its risk.
    CHECK(run.partCount() == 0);
    const QString summary = run.summary();
    CHECK(summary.contains(QStringLiteral("1 refused: ")));
    CHECK(summary.contains(QStringLiteral("legal hold")));
    CHECK(summary.contains(QStringLiteral("Subpoena received 2026-09-14")));
    CHECK(program.retention().record(recordtype::risk(), history.riskOne));
}

TEST_CASE("DisposalRun counts the records that go with the ones asked for", "[ui][retention]")
{
    test::TemporaryProgram fixture;
    const test::History history = test::historyAsOf(fixture, QDate(2026, 9, 15));
    Program& program = fixture.program();
    DisposalRun run(program.retention());
    run.run({recordOf(program, recordtype::risk(), history.riskOne)});
    CHECK(run.disposedCount() == 1);
    CHECK(run.partCount() == 1);
    CHECK(run.summary().contains(QStringLiteral("that belonged to them")));
}
