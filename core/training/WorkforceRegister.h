#pragma once

#include "core/training/ImportBatch.h"
#include "core/training/PeopleImport.h"
#include "core/training/Person.h"
#include "core/training/TrainingWriter.h"
#include "core/training/WorkforceRole.h"
#include "core/util/Result.h"

#include <QObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace palisade {

class Program;

// The workforce: roles, and the people training is required of, entered by
// hand or imported by employee ID.
//
// Every change is one transaction with its audit event(s); the entity names
// are in TrainingEntities.h. Rule violations come back as Invalid errors with
// translated messages. A person with training records is kept while on the
// workforce and six years after termination (164.316(b)(2)(i)): removing one
// goes through RetentionRegister, which refuses (and audits the refusal) until
// then, and disposes of the person with their records afterwards.
class WorkforceRegister : public QObject
{
    Q_OBJECT

public:
    explicit WorkforceRegister(Program& program);

    // Roles. Keys are derived from the label when a role is added ("Front
    // desk" -> "front_desk") and never change; labels are unique regardless
    // of case.
    Result<std::vector<WorkforceRole>> roles() const; // in display order
    Result<WorkforceRole> addRole(const QString& label);
    Result<WorkforceRole> renameRole(const QString& key, const QString& label);
    // Refused while a person or course names the role.
    Result<void> removeRole(const QString& key);
    // One problem per key that names no role; empty when all are known.
    QStringList roleProblems(const QStringList& keys) const;

    // People
    Result<std::vector<Person>> people() const; // by name
    Result<Person> person(qint64 id) const;
    Result<std::optional<Person>> personByEmployeeId(const QString& employeeId) const;
    // Problems as the person stands (unknown roles, a taken employee ID
    // included); empty when it can be saved.
    QStringList problems(const Person& person) const;
    Result<Person> addPerson(Person person);
    Result<Person> updatePerson(Person person); // import batch and creation time are kept
    // A person without training records is deleted; one with records is
    // kept while on the workforce and six years after termination.
    Result<void> removePerson(qint64 id);

    // People by employee ID (see PeopleImport). `batch` says where the rows
    // came from; its id, time and actor are set here. Every row is checked
    // first and the whole import is refused when any has a problem (worded
    // "Row N: ..."); otherwise all rows are stored in one transaction. A
    // row's import batch and creation time are the register's to set; an
    // updated person keeps those of their first import.
    Result<PeopleImport> importPeople(ImportBatch batch, std::vector<Person> rows);

    // A role key from a label: lower-case ASCII letters and digits joined by
    // underscores ("Front desk" -> "front_desk"); "role" when nothing is left.
    static QString roleKeyFor(const QString& label);

signals:
    void rolesChanged();
    void peopleChanged();

private:
    Program& m_program;
    TrainingWriter m_writer;
};

} // namespace palisade
