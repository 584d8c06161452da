#pragma once

#include "core/training/Person.h"

#include <functional>
#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the person and person_role tables.
class PersonStore
{
public:
    explicit PersonStore(Database& db);

    std::vector<Person> all() const; // by name, then employee ID
    std::optional<Person> find(qint64 id) const;
    std::optional<Person> findByEmployeeId(const QString& employeeId) const; // ignoring case
    void insert(Person& person);                                             // sets person.id
    void update(const Person& person);
    void remove(qint64 id);

private:
    static Person fromRow(const Statement& row);
    // The people `clause` (what follows "FROM person") selects, with their
    // roles; `bind` binds the clause's parameters.
    std::vector<Person> select(const QString& clause,
                               const std::function<void(Statement&)>& bind) const;
    static std::optional<Person> first(std::vector<Person> people);
    // employee_id to terminated_on, in the order of the table, from ?from on.
    static void bindFields(Statement& stmt, int from, const Person& person);
    void readRoles(std::vector<Person>& people, const QString& where) const;
    void writeRoles(const Person& person);

    Database& m_db;
};

} // namespace palisade
