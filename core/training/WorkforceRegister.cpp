#include "core/training/WorkforceRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/storage/StorageGuard.h"
#include "core/training/AcknowledgmentRegister.h"
#include "core/training/PersonStore.h"
#include "core/training/TrainingEntities.h"
#include "core/training/TrainingJson.h"
#include "core/training/TrainingRegister.h"
#include "core/training/TrainingValidator.h"
#include "core/training/WorkforceRoleStore.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace palisade {

WorkforceRegister::WorkforceRegister(Program& program)
    : m_program(program)
    , m_writer(program)
{
}

// Roles

QString WorkforceRegister::roleKeyFor(const QString& label)
{
    QString key;
    bool gap = false;
    for (const QChar c : label.toLower()) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (plain) {
            if (gap && !key.isEmpty())
                key += QLatin1Char('_');
            key += c;
            gap = false;
        } else
            gap = true;
    }
    key.truncate(50);
    return key.isEmpty() ? QStringLiteral("role") : key;
}

Result<std::vector<WorkforceRole>> WorkforceRegister::roles() const
{
    return guardStorage(tr("Reading the workforce roles failed"),
                        [&] { return WorkforceRoleStore(m_program.database()).all(); });
}

Result<WorkforceRole> WorkforceRegister::addRole(const QString& label)
{
    const QString name = label.simplified();
    if (QStringList found = TrainingValidator::roleLabelProblems(name); !found.isEmpty())
        return BatchProblems::refusal(found);
    Result<std::vector<WorkforceRole>> all = roles();
    if (!all)
        return all.error();
    WorkforceRole role;
    role.label = name;
    const QString base = roleKeyFor(name);
    role.key = base;
    int position = 0;
    QSet<QString> keys;
    for (const WorkforceRole& existing : *all) {
        if (existing.label.compare(name, Qt::CaseInsensitive) == 0)
            return TrainingWriter::refusal(
                tr("There is already a role named %1.").arg(existing.label));
        keys.insert(existing.key);
        position = std::max(position, existing.position);
    }
    for (int n = 2; keys.contains(role.key); ++n)
        role.key = base + QLatin1Char('_') + QString::number(n);
    role.position = position + 1;
    Result<void> written = m_writer.write(tr("Saving the role failed"), [&](AuditTrail& audit) {
        WorkforceRoleStore(m_program.database()).insert(role);
        m_writer.record(audit, QStringLiteral("created"), trainingentity::role(), role.key, {},
                        TrainingJson::toJson(role));
    });
    if (!written)
        return written.error();
    emit rolesChanged();
    return role;
}

Result<WorkforceRole> WorkforceRegister::renameRole(const QString& key, const QString& label)
{
    const QString name = label.simplified();
    if (QStringList found = TrainingValidator::roleLabelProblems(name); !found.isEmpty())
        return BatchProblems::refusal(found);
    Result<std::pair<std::optional<WorkforceRole>, std::optional<WorkforceRole>>> found =
        guardStorage(tr("Reading the workforce roles failed"), [&] {
            WorkforceRoleStore store(m_program.database());
            return std::pair{store.find(key), store.findByLabel(name)};
        });
    if (!found)
        return found.error();
    if (!found->first)
        return TrainingWriter::refusal(tr("The role no longer exists."));
    const WorkforceRole before = *found->first;
    if (found->second && found->second->key != key)
        return TrainingWriter::refusal(
            tr("There is already a role named %1.").arg(found->second->label));
    WorkforceRole renamed = before;
    renamed.label = name;
    if (renamed == before)
        return renamed;
    Result<void> written =
        m_writer.write(tr("Renaming the role %1 failed").arg(before.label), [&](AuditTrail& audit) {
            WorkforceRoleStore(m_program.database()).update(renamed);
            m_writer.record(audit, QStringLiteral("updated"), trainingentity::role(), key,
                            TrainingJson::toJson(before), TrainingJson::toJson(renamed));
        });
    if (!written)
        return written.error();
    emit rolesChanged();
    return renamed;
}

Result<void> WorkforceRegister::removeRole(const QString& key)
{
    Result<std::pair<std::optional<WorkforceRole>, qint64>> found =
        guardStorage(tr("Reading the workforce roles failed"), [&] {
            WorkforceRoleStore store(m_program.database());
            return std::pair{store.find(key), store.useCount(key)};
        });
    if (!found)
        return found.error();
    if (!found->first)
        return TrainingWriter::refusal(tr("The role no longer exists."));
    const WorkforceRole role = *found->first;
    if (found->second > 0)
        return TrainingWriter::refusal(
            tr("%n person(s) or course(s) have the role %1; take it from them first.", nullptr,
               int(found->second))
                .arg(role.label));
    Result<void> written =
        m_writer.write(tr("Deleting the role %1 failed").arg(role.label), [&](AuditTrail& audit) {
            WorkforceRoleStore(m_program.database()).remove(key);
            m_writer.record(audit, QStringLiteral("deleted"), trainingentity::role(), key,
                            TrainingJson::toJson(role), {});
        });
    if (!written)
        return written;
    emit rolesChanged();
    return {};
}

QStringList WorkforceRegister::roleProblems(const QStringList& keys) const
{
    if (keys.isEmpty())
        return {};
    Result<std::vector<WorkforceRole>> all = roles();
    if (!all)
        return {all.error().message};
    QSet<QString> known;
    for (const WorkforceRole& role : *all)
        known.insert(role.key);
    QStringList found;
    for (const QString& key : keys) {
        if (!known.contains(key))
            found << tr("There is no workforce role \"%1\".").arg(key);
    }
    return found;
}

// People

Result<std::vector<Person>> WorkforceRegister::people() const
{
    return guardStorage(tr("Reading the workforce failed"),
                        [&] { return PersonStore(m_program.database()).all(); });
}

Result<Person> WorkforceRegister::person(qint64 id) const
{
    return TrainingWriter::required(
        guardStorage(tr("Reading the person failed"),
                     [&] { return PersonStore(m_program.database()).find(id); }),
        tr("The person no longer exists."));
}

Result<std::optional<Person>> WorkforceRegister::personByEmployeeId(const QString& employeeId) const
{
    return guardStorage(tr("Reading the person failed"), [&] {
        return PersonStore(m_program.database()).findByEmployeeId(employeeId.trimmed());
    });
}

QStringList WorkforceRegister::problems(const Person& person) const
{
    Person candidate = person;
    TrainingValidator::normalize(candidate);
    QStringList found = TrainingValidator::problems(candidate) + roleProblems(candidate.roles);
    if (!candidate.employeeId.isEmpty()) {
        Result<std::optional<Person>> owner = personByEmployeeId(candidate.employeeId);
        if (!owner)
            found << owner.error().message;
        else if (owner->has_value() && (*owner)->id != candidate.id)
            found << tr("%1 already has the employee ID %2.")
                         .arg((*owner)->name, (*owner)->employeeId);
    }
    return found;
}

Result<Person> WorkforceRegister::addPerson(Person person)
{
    person.id = 0;
    person.importBatchId.reset();
    TrainingValidator::normalize(person);
    if (QStringList found = problems(person); !found.isEmpty())
        return BatchProblems::refusal(found);
    person.createdAt = person.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving %1 failed").arg(person.name), [&](AuditTrail& audit) {
            PersonStore(m_program.database()).insert(person);
            m_writer.record(audit, QStringLiteral("created"), trainingentity::person(),
                            TrainingWriter::idText(person.id), {}, TrainingJson::toJson(person));
        });
    if (!written)
        return written.error();
    emit peopleChanged();
    return person;
}

Result<Person> WorkforceRegister::updatePerson(Person person)
{
    Result<Person> stored = this->person(person.id);
    if (!stored)
        return stored.error();
    TrainingValidator::normalize(person);
    person.importBatchId = stored->importBatchId;
    person.createdAt = stored->createdAt;
    person.updatedAt = stored->updatedAt;
    if (person == *stored)
        return person;
    if (QStringList found = problems(person); !found.isEmpty())
        return BatchProblems::refusal(found);
    person.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving %1 failed").arg(person.name), [&](AuditTrail& audit) {
            PersonStore(m_program.database()).update(person);
            m_writer.record(audit, QStringLiteral("updated"), trainingentity::person(),
                            TrainingWriter::idText(person.id), TrainingJson::toJson(*stored),
                            TrainingJson::toJson(person));
        });
    if (!written)
        return written.error();
    emit peopleChanged();
    return person;
}

Result<void> WorkforceRegister::removePerson(qint64 id)
{
    Result<Person> stored = person(id);
    if (!stored)
        return stored.error();
    Result<bool> disposed = m_writer.removeRecord(
        recordtype::person(), trainingentity::person(), id, TrainingJson::toJson(*stored),
        tr("Deleting %1 failed").arg(stored->name),
        [&] { PersonStore(m_program.database()).remove(id); });
    if (!disposed)
        return disposed.error();
    if (*disposed) {
        // Disposing of a person takes their training records with them.
        emit m_program.training().completionsChanged();
        emit m_program.acknowledgments().acknowledgmentsChanged();
    }
    emit peopleChanged();
    return {};
}

Result<PeopleImport> WorkforceRegister::importPeople(ImportBatch batch, std::vector<Person> rows)
{
    if (QStringList found = TrainingWriter::prepareBatch(batch, ImportKind::People);
        !found.isEmpty())
        return BatchProblems::refusal(found);
    Result<std::vector<Person>> stored = people();
    if (!stored)
        return stored.error();
    QHash<QString, const Person*> byEmployeeId;
    for (const Person& each : *stored)
        byEmployeeId.insert(each.employeeId.toCaseFolded(), &each);

    BatchProblems problems(rows.size(), tr("Row %1: %2"));
    enum class Change
    {
        Add,
        Update,
        None
    };
    std::vector<Change> changes(rows.size(), Change::None);
    std::vector<const Person*> before(rows.size(), nullptr);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Person& row = rows[i];
        TrainingValidator::normalize(row);
        QStringList found = TrainingValidator::problems(row) + roleProblems(row.roles);
        found << problems.repeatedName(row.employeeId);
        problems.add(i, found);
        if (!found.isEmpty())
            continue;
        const Person* existing = byEmployeeId.value(row.employeeId.toCaseFolded(), nullptr);
        if (!existing) {
            row.id = 0;
            changes[i] = Change::Add;
            continue;
        }
        row.id = existing->id;
        row.importBatchId = existing->importBatchId;
        row.createdAt = existing->createdAt;
        row.updatedAt = existing->updatedAt;
        before[i] = existing;
        changes[i] = row == *existing ? Change::None : Change::Update;
    }
    if (!problems.isEmpty())
        return problems.refusal();

    const QDateTime now = m_program.clock().nowUtc();
    PeopleImport result;
    Result<void> written =
        m_writer.write(tr("Importing the workforce failed"), [&](AuditTrail& audit) {
            m_writer.storeBatch(audit, batch, now);
            PersonStore store(m_program.database());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                Person& row = rows[i];
                if (changes[i] == Change::Add) {
                    row.importBatchId = batch.id;
                    row.createdAt = row.updatedAt = now;
                    store.insert(row);
                    m_writer.record(audit, QStringLiteral("imported"), trainingentity::person(),
                                    TrainingWriter::idText(row.id), {}, TrainingJson::toJson(row));
                    result.addedIds.push_back(row.id);
                } else if (changes[i] == Change::Update) {
                    row.updatedAt = now;
                    store.update(row);
                    QJsonObject after = TrainingJson::toJson(row);
                    after.insert(QStringLiteral("updated_by_import_batch_id"),
                                 TrainingWriter::idText(batch.id));
                    m_writer.record(audit, QStringLiteral("updated"), trainingentity::person(),
                                    TrainingWriter::idText(row.id),
                                    TrainingJson::toJson(*before[i]), after);
                    result.updatedIds.push_back(row.id);
                }
            }
        });
    if (!written)
        return written.error();
    result.batch = batch;
    result.unchanged = int(rows.size() - result.addedIds.size() - result.updatedIds.size());
    if (!result.addedIds.empty() || !result.updatedIds.empty())
        emit peopleChanged();
    return result;
}

} // namespace palisade
