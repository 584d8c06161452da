#include "core/util/BatchProblems.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("A batch of one reports its problems as they are", "[util]")
{
    BatchProblems problems(1, QStringLiteral("Risk %1: %2"));
    CHECK(problems.isEmpty());
    problems.add(0, {QStringLiteral("Name the owner."), QStringLiteral("Give a title.")});
    REQUIRE_FALSE(problems.isEmpty());
    const Error refusal = problems.refusal();
    CHECK(refusal.kind == ErrorKind::Invalid);
    CHECK(refusal.message == QStringLiteral("Name the owner.\nGive a title."));
}

TEST_CASE("A larger batch numbers each problem from 1", "[util]")
{
    BatchProblems problems(3, QStringLiteral("Asset %1: %2"));
    problems.add(0, {});
    CHECK(problems.isEmpty());
    problems.add(2, {QStringLiteral("Name the owner.")});
    problems.add(1, {QStringLiteral("Give it a name.")});
    CHECK(problems.refusal().message ==
          QStringLiteral("Asset 3: Name the owner.\nAsset 2: Give it a name."));
}

TEST_CASE("A name given twice in a batch is a problem of the second record", "[util]")
{
    BatchProblems problems(3, QStringLiteral("Asset %1: %2"));
    CHECK(problems.repeatedName(QStringLiteral("Claims SFTP")).isEmpty());
    CHECK(problems.repeatedName(QStringLiteral("   ")).isEmpty());
    CHECK(problems.repeatedName(QStringLiteral("  claims sftp ")) ==
          QStringList{QStringLiteral("The name \"claims sftp\" appears twice.")});
    CHECK(problems.repeatedName(QStringLiteral("Clinic EHR")).isEmpty());
}
