#include "core/training/PeopleCsvImporter.h"

#include "core/risk/ImportProblems.h"
#include "core/risk/RiskCsvValues.h"
#include "core/training/TrainingColumns.h"
#include "core/training/TrainingCsvRows.h"
#include "core/training/TrainingCsvTable.h"
#include "core/training/TrainingValidator.h"
#include "core/training/WorkforceRegister.h"

#include <QHash>
#include <algorithm>

namespace palisade {
namespace {

QString roleNames(const std::vector<WorkforceRole>& roles)
{
    QStringList labels;
    for (const WorkforceRole& role : roles)
        labels << role.label;
    return labels.join(QStringLiteral(", "));
}

} // namespace

PeopleCsvImporter::PeopleCsvImporter(WorkforceRegister& workforce)
    : m_workforce(workforce)
{
}

Result<std::vector<Person>> PeopleCsvImporter::read(const QByteArray& data,
                                                    const TrainingColumnMapping& mapping) const
{
    Result<TrainingCsvTable> table = TrainingCsvTable::parse(data, mapping);
    if (!table)
        return table.error();
    Result<Rows> rows = parseTable(*table);
    if (!rows)
        return rows.error();
    return std::move(*rows).values();
}

Result<PeopleImport> PeopleCsvImporter::importFile(const QString& path, const QString& sourceName,
                                                   const TrainingColumnMapping& mapping)
{
    return importRead(TrainingCsvTable::readFile(path, mapping), sourceName);
}

Result<PeopleImport> PeopleCsvImporter::importData(const QByteArray& data, const QString& fileName,
                                                   const QString& sourceName,
                                                   const TrainingColumnMapping& mapping)
{
    return importRead(TrainingCsvTable::parse(data, mapping, fileName), sourceName);
}

Result<PeopleImport> PeopleCsvImporter::importRead(const Result<TrainingCsvTable>& table,
                                                   const QString& sourceName)
{
    if (!table)
        return table.error();
    return importTable(*table, sourceName);
}

Result<PeopleImport> PeopleCsvImporter::importTable(const TrainingCsvTable& table,
                                                    const QString& sourceName)
{
    if (sourceName.simplified().isEmpty())
        return Error{ErrorKind::Invalid, tr("Name the source the file comes from."), {}};
    Result<Rows> rows = parseTable(table);
    if (!rows)
        return rows.error();
    return std::move(*rows).store(
        table, sourceName, ImportKind::People,
        QCoreApplication::translate("palisade::WorkforceRegister", "Row %1: %2"),
        [this](ImportBatch batch, std::vector<Person> people) {
            return m_workforce.importPeople(std::move(batch), std::move(people));
        });
}

Result<PeopleCsvImporter::Rows> PeopleCsvImporter::parseTable(const TrainingCsvTable& table) const
{
    Result<std::vector<WorkforceRole>> roles = m_workforce.roles();
    if (!roles)
        return roles.error();
    QHash<QString, int> seen; // folded employee ID -> first line
    return Rows::read(
        table,
        [&](const CsvRecord& record, ImportProblems& problems) -> std::optional<Person> {
            std::optional<Person> person = parseRow(table, record, *roles, problems);
            if (!person)
                return std::nullopt;
            const QString key = person->employeeId.toCaseFolded();
            if (const int first = seen.value(key); first > 0) {
                problems.add(record.line,
                             tr("employee ID %1 is also on line %2; each person has one row.")
                                 .arg(person->employeeId)
                                 .arg(first));
                return std::nullopt;
            }
            seen.insert(key, record.line);
            return person;
        },
        tr("The file has a header row but no people below it; nothing was imported."));
}

std::optional<Person> PeopleCsvImporter::parseRow(const TrainingCsvTable& table,
                                                  const CsvRecord& record,
                                                  const std::vector<WorkforceRole>& roles,
                                                  ImportProblems& problems) const
{
    using C = TrainingColumns;
    QStringList reasons;
    const auto text = [&](const QString& field) {
        return table.value(record, field);
    };
    const auto date = [&](const QString& field) -> QDate {
        const QString value = text(field);
        const std::optional<QDate> found = RiskCsvValues::date(value);
        if (!found) {
            reasons << tr("%1 \"%2\" is not a date written year first, as YYYY-MM-DD (for example "
                          "2026-03-01).")
                           .arg(table.columnName(field), value);
            return {};
        }
        return *found;
    };

    Person person;
    person.employeeId = text(C::employeeId);
    person.name = text(C::name);
    person.email = text(C::email);
    person.department = text(C::department);
    person.hiredOn = date(C::hireDate);
    person.phiAccessOn = date(C::phiAccessDate);
    person.terminatedOn = date(C::terminationDate);

    for (const QString& given : RiskCsvValues::list(text(C::roles))) {
        const QString wanted = RiskCsvValues::normalized(given);
        const auto match = std::find_if(roles.begin(), roles.end(), [&](const WorkforceRole& r) {
            return RiskCsvValues::normalized(r.key) == wanted ||
                   RiskCsvValues::normalized(r.label) == wanted;
        });
        if (match == roles.end())
            reasons << tr("%1: there is no workforce role \"%2\"; use %3.")
                           .arg(table.columnName(C::roles), given, roleNames(roles));
        else
            person.roles << match->key;
    }

    const QString status = text(C::status);
    if (status.isEmpty()) {
        person.status =
            person.terminatedOn.isValid() ? PersonStatus::Terminated : PersonStatus::Active;
    } else if (const auto found = RiskCsvValues::choice(status, allPersonStatuss(),
                                                        &personStatusKey, &personStatusLabel)) {
        person.status = *found;
    } else {
        reasons << tr("%1 \"%2\" is not a status; use %3.")
                       .arg(table.columnName(C::status), status,
                            RiskCsvValues::choiceLabels(allPersonStatuss(), &personStatusLabel));
    }

    // The register's rules speak of the values, so they only make sense once
    // every value could be read.
    if (reasons.isEmpty()) {
        TrainingValidator::normalize(person);
        reasons = TrainingValidator::problems(person);
    }
    if (!reasons.isEmpty()) {
        problems.add(record.line, reasons);
        return std::nullopt;
    }
    return person;
}

} // namespace palisade
