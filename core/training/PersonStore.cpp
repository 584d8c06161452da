#include "core/training/PersonStore.h"

#include "core/storage/Database.h"

#include <QHash>
#include <functional>

namespace palisade {
namespace {

const QString selectPerson = QStringLiteral(
    "SELECT id, employee_id, name, email, department, status, hired_on, phi_access_on, "
    "terminated_on, import_batch_id, created_at, updated_at FROM person");

} // namespace

PersonStore::PersonStore(Database& db)
    : m_db(db)
{
}

Person PersonStore::fromRow(const Statement& row)
{
    Person person;
    person.id = row.int64(0);
    person.employeeId = row.text(1);
    person.name = row.text(2);
    person.email = row.text(3);
    person.department = row.text(4);
    person.status = personStatusFromKey(row.text(5)).value_or(PersonStatus::Active);
    person.hiredOn = row.date(6);
    person.phiAccessOn = row.date(7);
    person.terminatedOn = row.date(8);
    if (!row.isNull(9))
        person.importBatchId = row.int64(9);
    person.createdAt = row.timestamp(10);
    person.updatedAt = row.timestamp(11);
    return person;
}

void PersonStore::readRoles(std::vector<Person>& people, const QString& where) const
{
    QHash<qint64, std::size_t> index;
    index.reserve(qsizetype(people.size()));
    for (std::size_t i = 0; i < people.size(); ++i)
        index.insert(people[i].id, i);
    Statement roles = m_db.prepare(QStringLiteral("SELECT person_id, role_key FROM person_role ") +
                                   where + QStringLiteral(" ORDER BY person_id, role_key"));
    while (roles.step()) {
        if (const auto it = index.constFind(roles.int64(0)); it != index.constEnd())
            people[*it].roles << roles.text(1);
    }
}

std::vector<Person> PersonStore::select(const QString& clause,
                                        const std::function<void(Statement&)>& bind) const
{
    Statement rows = m_db.prepare(selectPerson + clause);
    if (bind)
        bind(rows);
    std::vector<Person> people;
    while (rows.step())
        people.push_back(fromRow(rows));
    if (people.size() == 1)
        readRoles(people, QStringLiteral("WHERE person_id = %1").arg(people.front().id));
    else if (!people.empty())
        readRoles(people, {});
    return people;
}

std::optional<Person> PersonStore::first(std::vector<Person> people)
{
    if (people.empty())
        return std::nullopt;
    return std::move(people.front());
}

void PersonStore::bindFields(Statement& stmt, int from, const Person& person)
{
    stmt.bind(from, person.employeeId)
        .bind(from + 1, person.name)
        .bind(from + 2, person.email)
        .bind(from + 3, person.department)
        .bind(from + 4, personStatusKey(person.status))
        .bindDate(from + 5, person.hiredOn)
        .bindDate(from + 6, person.phiAccessOn)
        .bindDate(from + 7, person.terminatedOn);
}

std::vector<Person> PersonStore::all() const
{
    return select(QStringLiteral(" ORDER BY name COLLATE NOCASE, employee_id COLLATE NOCASE"), {});
}

std::optional<Person> PersonStore::find(qint64 id) const
{
    return first(select(QStringLiteral(" WHERE id = ?1"), [id](Statement& s) { s.bind(1, id); }));
}

std::optional<Person> PersonStore::findByEmployeeId(const QString& employeeId) const
{
    return first(select(QStringLiteral(" WHERE employee_id = ?1 COLLATE NOCASE"),
                        [&](Statement& s) { s.bind(1, employeeId); }));
}

void PersonStore::insert(Person& person)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO person (employee_id, name, email, department, status, hired_on, "
        "phi_access_on, terminated_on, import_batch_id, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    bindFields(stmt, 1, person);
    stmt.bindTimestamp(10, person.createdAt).bindTimestamp(11, person.updatedAt);
    if (person.importBatchId)
        stmt.bind(9, *person.importBatchId);
    else
        stmt.bindNull(9);
    stmt.exec();
    person.id = m_db.lastInsertRowId();
    writeRoles(person);
}

void PersonStore::update(const Person& person)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE person SET employee_id = ?2, name = ?3, email = ?4, department = ?5, status = ?6, "
        "hired_on = ?7, phi_access_on = ?8, terminated_on = ?9, updated_at = ?10 WHERE id = ?1"));
    stmt.bind(1, person.id);
    bindFields(stmt, 2, person);
    stmt.bindTimestamp(10, person.updatedAt);
    stmt.exec();
    Statement clear = m_db.prepare(QStringLiteral("DELETE FROM person_role WHERE person_id = ?1"));
    clear.bind(1, person.id).exec();
    writeRoles(person);
}

void PersonStore::writeRoles(const Person& person)
{
    Statement role = m_db.prepare(
        QStringLiteral("INSERT INTO person_role (person_id, role_key) VALUES (?1, ?2)"));
    for (const QString& key : person.roles) {
        role.reset();
        role.bind(1, person.id).bind(2, key);
        role.exec();
    }
}

void PersonStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM person WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
