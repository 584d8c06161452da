#include "core/io/CsvTable.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

const QStringList required = {QStringLiteral("Title"), QStringLiteral("Due date")};
const QStringList optional = {QStringLiteral("Notes")};

} // namespace

TEST_CASE("CsvHeader matches names ignoring case, order and whitespace", "[io][csv]")
{
    const CsvRecord header{
        1, {QStringLiteral(" notes"), QStringLiteral("  DUE   date "), QStringLiteral("title")}};
    auto mapped = CsvHeader::map(header, required, optional);
    REQUIRE(mapped.ok());
    const CsvHeader& columns = mapped.value();
    CHECK(columns.index(QStringLiteral("Title")) == 2);
    CHECK(columns.index(QStringLiteral("due date")) == 1);
    CHECK(columns.index(QStringLiteral("Notes")) == 0);
    CHECK(columns.index(QStringLiteral("Owner")) == -1);

    const CsvRecord row{
        2, {QStringLiteral("n"), QStringLiteral(" 2026-03-01 "), QStringLiteral("Laptop")}};
    CHECK(columns.value(row, QStringLiteral("Title")) == QStringLiteral("Laptop"));
    CHECK(columns.value(row, QStringLiteral("Due date")) == QStringLiteral("2026-03-01"));
    const CsvRecord shortRow{3, {QStringLiteral("n")}};
    CHECK(columns.value(shortRow, QStringLiteral("Title")).isEmpty());
}

TEST_CASE("CsvHeader lets optional columns be absent", "[io][csv]")
{
    auto mapped = CsvHeader::map(
        CsvRecord{1, {QStringLiteral("Title"), QStringLiteral("Due date")}}, required, optional);
    REQUIRE(mapped.ok());
    CHECK_FALSE(mapped->has(QStringLiteral("Notes")));
    CHECK(mapped
              ->value(CsvRecord{2, {QStringLiteral("a"), QStringLiteral("b")}},
                      QStringLiteral("Notes"))
              .isEmpty());
}

TEST_CASE("CsvHeader reports missing, unknown and repeated columns in one message", "[io][csv]")
{
    const CsvRecord header{4,
                           {QStringLiteral("Titel"), QStringLiteral("Notes"),
                            QStringLiteral("notes"), QStringLiteral("Owner")}};
    auto mapped = CsvHeader::map(header, required, optional);
    REQUIRE_FALSE(mapped.ok());
    const Error& error = mapped.error();
    CHECK(error.kind == ErrorKind::Invalid);
    INFO(error.message.toStdString());
    CHECK(error.message.startsWith(QStringLiteral("Line 4: ")));
    CHECK(error.message.contains(QStringLiteral("Missing: “Title”, “Due date”.")));
    CHECK(error.message.contains(QStringLiteral("Not recognized: “Titel”, “Owner”.")));
    CHECK(error.message.contains(QStringLiteral("Repeated: “notes”.")));
    CHECK(error.message.contains(QStringLiteral("Expected columns: Title, Due date.")));
}

TEST_CASE("CsvTable maps a parsed file and checks its rows", "[io][csv]")
{
    auto table = CsvTable::parse("\xEF\xBB\xBFtitle;due date\r\nLaptop;2026-03-01\r\nVPN;\r\n",
                                 required, optional);
    REQUIRE(table.ok());
    REQUIRE(table->rows().size() == 2);
    CHECK(table->rows()[0].line == 2);
    CHECK(table->value(table->rows()[0], QStringLiteral("Due date")) ==
          QStringLiteral("2026-03-01"));
    CHECK(table->value(table->rows()[1], QStringLiteral("Title")) == QStringLiteral("VPN"));
    CHECK(table->value(table->rows()[1], QStringLiteral("Due date")).isEmpty());
}

TEST_CASE("CsvTable refuses an empty file and values under no header", "[io][csv]")
{
    auto empty = CsvTable::parse("\xEF\xBB\xBF\r\n\r\n", required);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == ErrorKind::Invalid);
    CHECK(empty.error().message.contains(QStringLiteral("empty")));

    // Unnamed trailing columns are fine while they stay empty.
    CHECK(CsvTable::parse("Title,Due date,,\nA,B,,\n", required).ok());

    auto stray = CsvTable::parse("Title,Due date\nA,B\n\nC,D,surplus\n", required);
    REQUIRE_FALSE(stray.ok());
    CHECK(stray.error().kind == ErrorKind::Invalid);
    CHECK(stray.error().message.startsWith(QStringLiteral("Line 4: column 3")));
}
