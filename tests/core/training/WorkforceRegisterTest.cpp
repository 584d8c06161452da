#include "core/training/WorkforceRegister.h"

#include "core/training/AcknowledgmentRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/util/Sha256.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/training/TrainingRegisterSamples.h"
#include "tests/support/TemporaryProgram.h"

#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

TEST_CASE_METHOD(TrainingFixture, "Roles: added with a stable key, renamed, and kept while in use",
                 "[training][register]")
{
    QSignalSpy changed(&workforce, &WorkforceRegister::rolesChanged);

    CHECK(WorkforceRegister::roleKeyFor(QStringLiteral("  Front-desk / Reception ")) ==
          QStringLiteral("front_desk_reception"));
    CHECK(WorkforceRegister::roleKeyFor(QStringLiteral("Ärzte")) == QStringLiteral("rzte"));
    CHECK(WorkforceRegister::roleKeyFor(QStringLiteral("***")) == QStringLiteral("role"));

    Result<WorkforceRole> added = workforce.addRole(QStringLiteral(" Front   desk "));
    REQUIRE(added.ok());
    CHECK(added->key == QStringLiteral("front_desk"));
    CHECK(added->label == QStringLiteral("Front desk"));
    CHECK(added->position == 8);
    CHECK(changed.count() == 1);
    CHECK_FALSE(workforce.addRole(QStringLiteral("front DESK")).ok());
    Result<WorkforceRole> similar = workforce.addRole(QStringLiteral("Front desk!"));
    REQUIRE(similar.ok());
    CHECK(similar->key == QStringLiteral("front_desk_2"));

    Result<WorkforceRole> renamed =
        workforce.renameRole(QStringLiteral("coder"), QStringLiteral("Medical coder"));
    REQUIRE(renamed.ok());
    CHECK(renamed->key == QStringLiteral("coder"));
    CHECK_FALSE(
        workforce.renameRole(QStringLiteral("billing"), QStringLiteral("medical CODER")).ok());
    const std::vector<AuditEvent> updates =
        eventsOf(program, QStringLiteral("workforce_role"), QStringLiteral("updated"));
    REQUIRE(updates.size() == 1);
    CHECK(json(updates[0].before).value(QStringLiteral("label")).toString() ==
          QStringLiteral("Coder"));

    REQUIRE(workforce
                .addPerson(newPerson(QStringLiteral("E-1"), QDate(2025, 1, 6),
                                     {QStringLiteral("billing")}))
                .ok());
    Result<void> refused = workforce.removeRole(QStringLiteral("billing"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("Billing")));
    REQUIRE(workforce.removeRole(QStringLiteral("front_desk")).ok());
    CHECK(eventsOf(program, QStringLiteral("workforce_role"), QStringLiteral("deleted")).size() ==
          1);
    CHECK(workforce.roles()->size() == 8);
}

TEST_CASE_METHOD(TrainingFixture, "People: validated, unique by employee ID, audited",
                 "[training][register]")
{
    QSignalSpy changed(&workforce, &WorkforceRegister::peopleChanged);

    Person draft = newPerson(
        QStringLiteral(" E-1042 "), QDate(2026, 1, 5),
        {QStringLiteral("remote_coder"), QStringLiteral("coder"), QStringLiteral("coder")});
    draft.name = QStringLiteral("  Avery   Stone ");
    draft.email = QStringLiteral("avery@example.org");
    draft.phiAccessOn = QDate(2026, 1, 12);
    Result<Person> added = workforce.addPerson(draft);
    REQUIRE(added.ok());
    CHECK(changed.count() == 1);
    CHECK(added->employeeId == QStringLiteral("E-1042"));
    CHECK(added->name == QStringLiteral("Avery Stone"));
    CHECK(added->roles == QStringList{QStringLiteral("coder"), QStringLiteral("remote_coder")});
    CHECK(workforce.person(added->id).value() == *added);
    CHECK(workforce.personByEmployeeId(QStringLiteral("e-1042"))->value().id == added->id);

    const std::vector<AuditEvent> created =
        eventsOf(program, QStringLiteral("person"), QStringLiteral("created"));
    REQUIRE(created.size() == 1);
    CHECK(created[0].recordId == QString::number(added->id));
    CHECK(json(created[0].after).value(QStringLiteral("phi_access_on")).toString() ==
          QStringLiteral("2026-01-12"));

    Person duplicate = newPerson(QStringLiteral("e-1042"), QDate(2026, 1, 5));
    Result<Person> refused = workforce.addPerson(duplicate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(
        QStringLiteral("Avery Stone already has the employee ID")));

    Person bad = newPerson(QStringLiteral("E-2"), QDate(2026, 1, 5), {QStringLiteral("janitor")});
    bad.status = PersonStatus::Terminated;
    bad.email = QStringLiteral("not-an-address");
    bad.phiAccessOn = QDate(2026, 1, 1);
    const QStringList problems = workforce.problems(bad);
    CHECK(problems.size() == 4);
    CHECK_FALSE(workforce.addPerson(bad).ok());

    Person terminated = *added;
    terminated.status = PersonStatus::Terminated;
    terminated.terminatedOn = QDate(2026, 2, 27);
    Result<Person> updated = workforce.updatePerson(terminated);
    REQUIRE(updated.ok());
    const std::vector<AuditEvent> updates =
        eventsOf(program, QStringLiteral("person"), QStringLiteral("updated"));
    REQUIRE(updates.size() == 1);
    CHECK(json(updates[0].before).value(QStringLiteral("status")).toString() ==
          QStringLiteral("active"));
    CHECK(json(updates[0].after).value(QStringLiteral("terminated_on")).toString() ==
          QStringLiteral("2026-02-27"));
    // Saving it unchanged writes nothing.
    REQUIRE(workforce.updatePerson(*updated).ok());
    CHECK(eventsOf(program, QStringLiteral("person"), QStringLiteral("updated")).size() == 1);

    // Without training records a person is not a record yet: deleted outright.
    REQUIRE(workforce.removePerson(added->id).ok());
    CHECK(eventsOf(program, QStringLiteral("person"), QStringLiteral("deleted")).size() == 1);
    CHECK(workforce.people()->empty());
}

TEST_CASE_METHOD(TrainingFixture, "A person with records is disposed of with them after six years",
                 "[training][register][retention]")
{
    registerTrainingDisposers(program);
    setTrainingToday(fixture, QDate(2018, 6, 1));
    Person person = newPerson(QStringLiteral("E-9"), QDate(2017, 1, 9));
    person.status = PersonStatus::Terminated;
    person.terminatedOn = QDate(2018, 5, 31);
    person = workforce.addPerson(person).value();
    const Course course = training.addCourse(refresher()).value();
    REQUIRE(training.addCompletion(completionOf(person, course, QDate(2018, 1, 15))).ok());
    REQUIRE(training.addCompletion(completionOf(person, course, QDate(2017, 1, 15))).ok());

    setTrainingToday(fixture, QDate(2024, 5, 31));
    Result<void> refused = workforce.removePerson(person.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("2024-05-31")));
    setTrainingToday(fixture, QDate(2024, 6, 1));
    QSignalSpy peopleChanged(&workforce, &WorkforceRegister::peopleChanged);
    QSignalSpy completionsChanged(&training, &TrainingRegister::completionsChanged);
    QSignalSpy acknowledgmentsChanged(&program.acknowledgments(),
                                      &AcknowledgmentRegister::acknowledgmentsChanged);
    REQUIRE(workforce.removePerson(person.id).ok());
    // The person's records went with them; whoever shows those hears of it.
    CHECK(peopleChanged.count() == 1);
    CHECK(completionsChanged.count() == 1);
    CHECK(acknowledgmentsChanged.count() == 1);
    CHECK(workforce.people()->empty());
    CHECK(program.database().scalarInt(QStringLiteral("SELECT count(*) FROM completion")) == 0);
    CHECK(program.database().scalarInt(QStringLiteral("SELECT count(*) FROM retention_disposal")) ==
          3);
}

TEST_CASE_METHOD(TrainingFixture,
                 "Importing people adds new IDs, updates known ones, and is idempotent",
                 "[training][register][import]")
{
    const Person known =
        workforce.addPerson(newPerson(QStringLiteral("E-1"), QDate(2024, 1, 8))).value();

    ImportBatch batch;
    batch.sourceName = QStringLiteral("HR system");
    batch.fileName = QStringLiteral("people.csv");
    batch.fileSha256 = sha256Hex(QByteArrayLiteral("people"));
    batch.rows = 3;
    Person moved = newPerson(QStringLiteral("e-1"), QDate(2024, 1, 8), {QStringLiteral("billing")});
    moved.name = known.name;
    moved.department = QStringLiteral("Billing");
    std::vector<Person> rows{
        moved, newPerson(QStringLiteral("E-2"), QDate(2025, 5, 5), {QStringLiteral("coder")}),
        newPerson(QStringLiteral("E-3"), QDate(2025, 6, 2))};
    Result<PeopleImport> first = workforce.importPeople(batch, rows);
    REQUIRE(first.ok());
    CHECK(first->addedIds.size() == 2);
    CHECK(first->updatedIds == std::vector<qint64>{known.id});
    CHECK(first->unchanged == 0);
    const Person updated = workforce.person(known.id).value();
    CHECK(updated.employeeId == QStringLiteral("e-1"));
    CHECK(updated.department == QStringLiteral("Billing"));
    CHECK_FALSE(updated.importBatchId.has_value()); // entered by hand first
    CHECK(workforce.person(first->addedIds.front()).value().importBatchId == first->batch.id);

    Result<PeopleImport> second = workforce.importPeople(batch, rows);
    REQUIRE(second.ok());
    CHECK(second->addedIds.empty());
    CHECK(second->updatedIds.empty());
    CHECK(second->unchanged == 3);
    CHECK(workforce.people()->size() == 3);

    rows.push_back(newPerson(QStringLiteral("E-2"), QDate(2025, 5, 5)));
    rows[2].roles = {QStringLiteral("janitor")};
    Result<PeopleImport> refused = workforce.importPeople(batch, rows);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Row 3:")));
    CHECK(refused.error().message.contains(QStringLiteral("Row 4:")));
}
