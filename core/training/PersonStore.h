#pragma once

#include "core/training/Person.h"

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
    void readRoles(std::vector<Person>& people, const QString& where) const;
    void writeRoles(const Person& person);

    Database& m_db;
};

} // namespace palisade
