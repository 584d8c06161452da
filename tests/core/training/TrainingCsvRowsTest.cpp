#include "core/training/TrainingCsvRows.h"

#include "core/training/TrainingColumns.h"
#include "core/util/Sha256.h"
#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

using Rows = TrainingCsvRows<QString>;

TrainingCsvTable peopleTable(const QByteArray& data)
{
    Result<TrainingCsvTable> table = TrainingCsvTable::parse(
        data, TrainingColumnMapping(ImportKind::People), QStringLiteral("people.csv"));
    REQUIRE(table.ok());
    return *table;
}

// The employee ID of a row, or a problem when its name is "bad".
auto idUnlessBad(const TrainingCsvTable& table)
{
    return [&table](const CsvRecord& record, ImportProblems& problems) -> std::optional<QString> {
        if (table.value(record, TrainingColumns::name) == QLatin1String("bad")) {
            problems.add(record.line, QStringLiteral("the name is bad"));
            return std::nullopt;
        }
        return table.value(record, TrainingColumns::employeeId);
    };
}

} // namespace

TEST_CASE("TrainingCsvRows reads every row with its line, or refuses naming each bad line",
          "[training][csv]")
{
    const TrainingCsvTable good = peopleTable("employee_id,name,hire_date\n"
                                              "E-1,Dana,2025-01-06\n"
                                              "\n"
                                              "E-2,Sam,2025-02-03\n");
    Result<Rows> rows = Rows::read(good, idUnlessBad(good), QStringLiteral("nothing"));
    REQUIRE(rows.ok());
    CHECK(rows->values() == std::vector<QString>{QStringLiteral("E-1"), QStringLiteral("E-2")});
    CHECK(rows->lines() == QList<int>{2, 4});

    const TrainingCsvTable bad = peopleTable("employee_id,name,hire_date,\n"
                                             "E-1,bad,2025-01-06,\n"
                                             "E-2,Sam,2025-02-03,stray\n"
                                             "E-3,Lee,2025-02-03,\n");
    Result<Rows> refused = Rows::read(bad, idUnlessBad(bad), QStringLiteral("nothing"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    const QString message = refused.error().message;
    CHECK(message.contains(QStringLiteral("people.csv")));
    CHECK(message.contains(QStringLiteral("Line 2: the name is bad")));
    CHECK(message.contains(QStringLiteral("Line 3: there is a value (“stray”) in column 4")));
    CHECK_FALSE(message.contains(QStringLiteral("Line 4")));

    const TrainingCsvTable empty = peopleTable("employee_id,name,hire_date\n");
    Result<Rows> nothing = Rows::read(empty, idUnlessBad(empty), QStringLiteral("no people"));
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().message == QStringLiteral("no people"));
}

TEST_CASE("TrainingCsvRows stores one batch and points a refusal back at the file's lines",
          "[training][csv]")
{
    const QByteArray data = "employee_id,name,hire_date\n"
                            "E-1,Dana,2025-01-06\n"
                            "\n"
                            "E-2,Sam,2025-02-03\n";
    const TrainingCsvTable table = peopleTable(data);
    const QString pattern = QStringLiteral("Row %1: %2");

    ImportBatch given;
    std::vector<QString> handed;
    Result<Rows> rows = Rows::read(table, idUnlessBad(table), QStringLiteral("nothing"));
    REQUIRE(rows.ok());
    Result<int> stored =
        std::move(*rows).store(table, QStringLiteral("HR export"), ImportKind::People, pattern,
                               [&](ImportBatch batch, std::vector<QString> values) -> Result<int> {
                                   given = batch;
                                   handed = std::move(values);
                                   return 42;
                               });
    REQUIRE(stored.ok());
    CHECK(*stored == 42);
    CHECK(handed.size() == 2);
    CHECK(given.sourceName == QStringLiteral("HR export"));
    CHECK(given.kind == ImportKind::People);
    CHECK(given.fileName == QStringLiteral("people.csv"));
    CHECK(given.fileSha256 == sha256Hex(data));
    CHECK(given.rows == 2);

    Result<Rows> again = Rows::read(table, idUnlessBad(table), QStringLiteral("nothing"));
    REQUIRE(again.ok());
    Result<int> refused = std::move(*again).store(
        table, QStringLiteral("HR export"), ImportKind::People, pattern,
        [](ImportBatch, std::vector<QString>) -> Result<int> {
            return Error{ErrorKind::Invalid, QStringLiteral("Row 2: E-2 is taken."), {}};
        });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("Line 4: E-2 is taken.")));

    Result<Rows> third = Rows::read(table, idUnlessBad(table), QStringLiteral("nothing"));
    REQUIRE(third.ok());
    Result<int> failed =
        std::move(*third).store(table, QStringLiteral("HR export"), ImportKind::People, pattern,
                                [](ImportBatch, std::vector<QString>) -> Result<int> {
                                    return Error{ErrorKind::Io, QStringLiteral("Disk full."), {}};
                                });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::Io);
    CHECK(failed.error().message == QStringLiteral("Disk full."));
}
