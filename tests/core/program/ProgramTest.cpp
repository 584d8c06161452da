#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "tests/support/TemporaryProgram.h"

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
    options.failedAttempts = {fixture.clock().nowUtc().addSecs(-60), fixture.clock().nowUtc().addSecs(-30)};
    auto unlocked = Program::unlock(fixture.path(), SecretBuffer::fromString(fixturePassphrase()), options,
                                    fixture.clock());
    REQUIRE(unlocked.ok());
    const auto events = unlocked.value()->auditTrail().events();
    REQUIRE(events.size() == 3);
    CHECK(events[1].action == QStringLiteral("unlock_failed"));
    CHECK(events[1].after.contains("\"attempts\":2"));
}
