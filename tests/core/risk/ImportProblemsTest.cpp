#include "core/risk/ImportProblems.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

ImportProblems problemsOnLines(int count)
{
    ImportProblems problems;
    for (int line = 2; line < count + 2; ++line)
        problems.add(line, QStringLiteral("the date is not a date."));
    return problems;
}

} // namespace

TEST_CASE("ImportProblems lists every problem up to the limit", "[import]")
{
    const Error error =
        problemsOnLines(int(ImportProblems::maximumListed)).error(QStringLiteral("risks.csv"));
    const QStringList lines = error.message.split(QLatin1Char('\n'));
    CHECK(error.kind == ErrorKind::Invalid);
    REQUIRE(lines.size() == ImportProblems::maximumListed + 1);
    // Without the English plural forms loaded, %n messages keep their "(s)".
    CHECK(lines.front().startsWith(QStringLiteral("Nothing was imported from risks.csv: 200 row")));
    CHECK(lines.back() == QStringLiteral("Line 201: the date is not a date."));
}

TEST_CASE("ImportProblems stops listing a wrong file's problems and counts the rest", "[import]")
{
    // 50,000 bad rows would make a message of millions of characters.
    const Error error = problemsOnLines(50000).error(QStringLiteral("export.xlsx"));
    const QStringList lines = error.message.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == ImportProblems::maximumListed + 2);
    CHECK(lines.front().startsWith(
        QStringLiteral("Nothing was imported from export.xlsx: 50000 row")));
    CHECK(lines.at(1) == QStringLiteral("Line 2: the date is not a date."));
    CHECK(lines.at(200) == QStringLiteral("Line 201: the date is not a date."));
    CHECK(lines.back().startsWith(QStringLiteral("… and 49800 more problem")));
    CHECK(error.message.size() < 10000);
}
