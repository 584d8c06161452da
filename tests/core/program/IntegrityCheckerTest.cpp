#include "core/program/IntegrityChecker.h"

#include "core/program/Program.h"
#include "core/storage/Database.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

TEST_CASE("A fresh program file passes every integrity check", "[program][integrity]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const IntegrityReport report = IntegrityChecker(program.database(), program.auditTrail()).run();
    CHECK(report.ok());
    CHECK(report.findings.empty());
    CHECK(report.chain.intact);
    CHECK(report.chain.eventsChecked == 1);
    CHECK(report.cipherVersion.startsWith(QStringLiteral("4.")));
    CHECK(report.schemaVersion == Vault().migrator().latestVersion());
    CHECK(report.summary().startsWith(QStringLiteral("All checks passed.")));

    const IntegrityReport again = program.check();
    CHECK(again.ok());
    CHECK(program.auditTrail().count() == 1); // checking writes nothing
}

TEST_CASE("The integrity check reports a dangling foreign key", "[program][integrity]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    db.exec(QStringLiteral("CREATE TABLE owner (id INTEGER PRIMARY KEY)"));
    db.exec(QStringLiteral(
        "CREATE TABLE owned (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owner(id))"));
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    db.exec(QStringLiteral("INSERT INTO owned (id, owner_id) VALUES (7, 42)"));
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    const IntegrityReport report = fixture.program().check();
    REQUIRE_FALSE(report.ok());
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings.front().check == QStringLiteral("foreign_key_check"));
    CHECK(report.findings.front().message.contains(QStringLiteral("owned")));
    CHECK(report.findings.front().message.contains(QStringLiteral("owner")));
    CHECK(report.chain.intact);
    CHECK(report.summary().contains(QStringLiteral("foreign_key_check")));
}
