#include "core/training/PeopleCsvImporter.h"

#include "core/training/TrainingColumns.h"
#include "core/training/TrainingCsvTable.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/training/TrainingCsvSamples.h"
#include "tests/support/TemporaryProgram.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QByteArray staff =
    "employee_id,name,email,department,roles,hire_date,phi_access_date,termination_date,status\n"
    "E-1,Priya Raman,priya@example.com,Coding,Coder; remote_coder,2024-01-15,2024-01-20,,\n"
    "E-2,Greg Novak,,Billing,BILLING,2023/6/1,,,on leave\n"
    "E-3,Carmen Diaz,,Front office,,2022-02-01,,2025-12-31,\n";

Person byEmployeeId(WorkforceRegister& workforce, const QString& id)
{
    Result<std::optional<Person>> found = workforce.personByEmployeeId(id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

QString importError(PeopleCsvImporter& importer, const QByteArray& data)
{
    Result<PeopleImport> imported =
        importer.importData(data, QStringLiteral("people.csv"), QStringLiteral("HR export"),
                            TrainingColumnMapping(ImportKind::People));
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().kind == ErrorKind::Invalid);
    return imported.error().message;
}

} // namespace

TEST_CASE("PeopleCsvImporter adds people with roles, dates and status from the canonical columns",
          "[training][csv]")
{
    TemporaryProgram fixture;
    WorkforceRegister& workforce = fixture.program().workforce();
    PeopleCsvImporter importer(workforce);

    Result<PeopleImport> imported =
        importer.importData(staff, QStringLiteral("people.csv"), QStringLiteral("HR export"),
                            TrainingColumnMapping(ImportKind::People));
    INFO((imported.ok() ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->addedIds.size() == 3);
    CHECK(imported->updatedIds.empty());
    CHECK(imported->batch.id > 0);
    CHECK(imported->batch.kind == ImportKind::People);
    CHECK(imported->batch.sourceName == QStringLiteral("HR export"));
    CHECK(imported->batch.fileName == QStringLiteral("people.csv"));
    CHECK(imported->batch.rows == 3);
    CHECK(imported->batch.fileSha256 ==
          QString::fromLatin1(QCryptographicHash::hash(staff, QCryptographicHash::Sha256).toHex()));

    const Person priya = byEmployeeId(workforce, QStringLiteral("e-1"));
    CHECK(priya.name == QStringLiteral("Priya Raman"));
    CHECK(priya.roles == QStringList{QStringLiteral("coder"), QStringLiteral("remote_coder")});
    CHECK(priya.hiredOn == QDate(2024, 1, 15));
    CHECK(priya.phiAccessOn == QDate(2024, 1, 20));
    CHECK(priya.status == PersonStatus::Active);
    CHECK(priya.importBatchId == imported->batch.id);

    const Person greg = byEmployeeId(workforce, QStringLiteral("E-2"));
    CHECK(greg.roles == QStringList{QStringLiteral("billing")});
    CHECK(greg.hiredOn == QDate(2023, 6, 1));
    CHECK(greg.status == PersonStatus::OnLeave);

    // A termination date without a status means the person left.
    const Person carmen = byEmployeeId(workforce, QStringLiteral("E-3"));
    CHECK(carmen.status == PersonStatus::Terminated);
    CHECK(carmen.terminatedOn == QDate(2025, 12, 31));
    CHECK(carmen.roles.isEmpty());
}

TEST_CASE("PeopleCsvImporter: the same file twice changes nothing; a changed row updates",
          "[training][csv]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PeopleCsvImporter importer(program.workforce());
    const TrainingColumnMapping mapping(ImportKind::People);
    REQUIRE(importer.importData(staff, QStringLiteral("people.csv"), QStringLiteral("HR"), mapping)
                .ok());

    Result<PeopleImport> again =
        importer.importData(staff, QStringLiteral("people.csv"), QStringLiteral("HR"), mapping);
    REQUIRE(again.ok());
    CHECK(again->addedIds.empty());
    CHECK(again->updatedIds.empty());
    CHECK(again->unchanged == 3);
    Result<std::vector<ImportBatch>> batches =
        program.training().importsOfFile(again->batch.fileSha256);
    REQUIRE(batches.ok());
    CHECK(batches->size() == 2);

    QByteArray changed = staff;
    changed.replace("Billing,BILLING", "Billing,Billing; Manager");
    Result<PeopleImport> updated =
        importer.importData(changed, QStringLiteral("people.csv"), QStringLiteral("HR"), mapping);
    REQUIRE(updated.ok());
    CHECK(updated->updatedIds.size() == 1);
    CHECK(updated->unchanged == 2);
    CHECK(byEmployeeId(program.workforce(), QStringLiteral("E-2")).roles ==
          QStringList{QStringLiteral("billing"), QStringLiteral("manager")});
}

TEST_CASE("PeopleCsvImporter refuses the whole file, naming each bad line", "[training][csv]")
{
    TemporaryProgram fixture;
    WorkforceRegister& workforce = fixture.program().workforce();
    PeopleCsvImporter importer(workforce);
    const QString message =
        importError(importer, "employee_id,name,department,roles,hire_date,status\n"
                              "E-1,Priya Raman,Coding,coder,2024-01-15,\n"
                              "E-2,Greg Novak,Billing,billing,03/04/2024,\n"
                              "E-3,Mei Lin,Coding,Astronaut,2024-02-01,\n"
                              "E-4,,Coding,coder,2024-02-01,\n"
                              "e-1,Priya Again,Coding,coder,2024-01-15,\n"
                              "E-5,Ann Lee,Coding,coder,2024-02-01,retired\n"
                              "E-6,Bo Park,Coding,coder,2024-02-01,active\n");
    CHECK(message.startsWith(QStringLiteral("Nothing was imported from people.csv: 5 row(s)")));
    CHECK(message.contains(QStringLiteral("Line 3: hire_date \"03/04/2024\" is not a date")));
    CHECK(message.contains(
        QStringLiteral("Line 4: roles: there is no workforce role \"Astronaut\"")));
    CHECK(message.contains(QStringLiteral("Line 5: Enter the person's name.")));
    CHECK(message.contains(QStringLiteral("Line 6: employee ID e-1 is also on line 2")));
    CHECK(message.contains(QStringLiteral("Line 7: status \"retired\" is not a status")));
    CHECK_FALSE(message.contains(QStringLiteral("Line 8")));
    Result<std::vector<Person>> people = workforce.people();
    REQUIRE(people.ok());
    CHECK(people->empty());
    Result<std::vector<ImportBatch>> batches = fixture.program().training().importBatches();
    REQUIRE(batches.ok());
    CHECK(batches->empty());
}

TEST_CASE("PeopleCsvImporter refuses malformed files with the line", "[training][csv]")
{
    TemporaryProgram fixture;
    PeopleCsvImporter importer(fixture.program().workforce());

    QByteArray withNul("employee_id,name,hire_date\nE-1,Priya,2024-01-15\nE-2,Gr");
    withNul.append('\0');
    withNul.append("eg,2024-01-15\n");
    CHECK(importError(importer, withNul)
              .contains(QStringLiteral("Line 3: the file contains binary data")));

    CHECK(importError(importer, "employee_id,name,hire_date\nE-1,Priya,2024-01-15\n"
                                "E-2,\"Greg Novak,2024-01-15\n")
              .contains(QStringLiteral("Line 3: a quoted field is not closed")));

    CHECK(importError(importer, "employee_id,name,hire_date,\nE-1,Priya,2024-01-15,stray\n")
              .contains(QStringLiteral("Line 2: there is a value (“stray”) in column 4")));

    const QString header =
        importError(importer, "employee_id,full name,hired\nE-1,Priya,2024-01-15\n");
    CHECK(header.startsWith(QStringLiteral("Line 1: the header row does not fit the mapping")));
    CHECK(header.contains(QStringLiteral("no column for name.")));
    CHECK(header.contains(QStringLiteral("no column for hire_date.")));

    CHECK(importError(importer, "employee_id,name,hire_date\n")
              .contains(QStringLiteral("no people below it")));
    CHECK(importError(importer, "").contains(QStringLiteral("The file is empty")));
}

TEST_CASE("PeopleCsvImporter reads an HR export through a proposed mapping; formulas stay text",
          "[training][csv]")
{
    TemporaryProgram fixture;
    WorkforceRegister& workforce = fixture.program().workforce();
    PeopleCsvImporter importer(workforce);
    const QByteArray data =
        "Emp #;Full Name;Dept;Start Date;Job Roles;Badge color\n"
        "E-7;\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\";Coding;2024-03-04;"
        "Coder;red\n";
    Result<TrainingCsvTable> table =
        TrainingCsvTable::parse(data, TrainingColumnMapping(ImportKind::People));
    REQUIRE_FALSE(table.ok()); // the canonical columns are not there

    const TrainingColumnMapping mapping = TrainingColumnMapping::proposeMapping(
        ImportKind::People,
        {QStringLiteral("Emp #"), QStringLiteral("Full Name"), QStringLiteral("Dept"),
         QStringLiteral("Start Date"), QStringLiteral("Job Roles"), QStringLiteral("Badge color")});
    Result<std::vector<Person>> read = importer.read(data, mapping);
    INFO((read.ok() ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    CHECK(workforce.people()->empty()); // read() writes nothing

    REQUIRE(
        importer.importData(data, QStringLiteral("hr.csv"), QStringLiteral("HR"), mapping).ok());
    const Person person = byEmployeeId(workforce, QStringLiteral("E-7"));
    CHECK(person.name == QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"));
    CHECK(person.department == QStringLiteral("Coding"));
    CHECK(person.roles == QStringList{QStringLiteral("coder")});
}

TEST_CASE("PeopleCsvImporter reads the shipped example", "[training][csv]")
{
    TemporaryProgram fixture;
    PeopleCsvImporter importer(fixture.program().workforce());
    const QString path =
        QDir::cleanPath(QFileInfo(QStringLiteral(__FILE__))
                            .dir()
                            .filePath(QStringLiteral("../../../docs/examples/people.csv")));
    Result<PeopleImport> imported = importer.importFile(path, QStringLiteral("HR export"),
                                                        TrainingColumnMapping(ImportKind::People));
    INFO((imported.ok() ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->addedIds.size() == 20);
    CHECK(imported->batch.fileName == QStringLiteral("people.csv"));

    Result<PeopleImport> missing =
        importer.importFile(QStringLiteral("/nonexistent/people.csv"), QStringLiteral("HR export"),
                            TrainingColumnMapping(ImportKind::People));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::Io);
}
