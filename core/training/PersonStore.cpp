#include "core/training/PersonStore.h"

#include "core/storage/Database.h"

#include <QHash>

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

std::vector<Person> PersonStore::all() const
{
    std::vector<Person> people;
    Statement rows = m_db.prepare(
        selectPerson + QStringLiteral(" ORDER BY name COLLATE NOCASE, employee_id COLLATE NOCASE"));
    while (rows.step())
        people.push_back(fromRow(rows));
    readRoles(people, {});
    return people;
}

std::optional<Person> PersonStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectPerson + QStringLiteral(" WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    std::vector<Person> found{fromRow(row)};
    readRoles(found, QStringLiteral("WHERE person_id = %1").arg(id));
    return found.front();
}

std::optional<Person> PersonStore::findByEmployeeId(const QString& employeeId) const
{
    Statement row =
        m_db.prepare(QStringLiteral("SELECT id FROM person WHERE employee_id = ?1 COLLATE NOCASE"));
    row.bind(1, employeeId);
    if (!row.step())
        return std::nullopt;
    return find(row.int64(0));
}

void PersonStore::insert(Person& person)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO person (employee_id, name, email, department, status, hired_on, "
        "phi_access_on, terminated_on, import_batch_id, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    stmt.bind(1, person.employeeId)
        .bind(2, person.name)
        .bind(3, person.email)
        .bind(4, person.department)
        .bind(5, personStatusKey(person.status))
        .bindDate(6, person.hiredOn)
        .bindDate(7, person.phiAccessOn)
        .bindDate(8, person.terminatedOn)
        .bindTimestamp(10, person.createdAt)
        .bindTimestamp(11, person.updatedAt);
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
    stmt.bind(1, person.id)
        .bind(2, person.employeeId)
        .bind(3, person.name)
        .bind(4, person.email)
        .bind(5, person.department)
        .bind(6, personStatusKey(person.status))
        .bindDate(7, person.hiredOn)
        .bindDate(8, person.phiAccessOn)
        .bindDate(9, person.terminatedOn)
        .bindTimestamp(10, person.updatedAt);
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
