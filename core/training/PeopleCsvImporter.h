#pragma once

#include "core/training/PeopleImport.h"
#include "core/training/Person.h"
#include "core/training/TrainingColumnMapping.h"
#include "core/training/TrainingCsvRows.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace palisade {

class ImportProblems;
class WorkforceRegister;
struct CsvRecord;
struct WorkforceRole;

// Imports the workforce from a CSV file (an HR or learning-management export)
// through a column mapping, by employee ID: new IDs add people, known ones
// update them, identical rows change nothing (WorkforceRegister::importPeople).
// All or nothing: every problem is reported as "Line N: reason" and nothing
// is written unless every row is good. Roles are given by label or key,
// separated by ';'; dates year first.
class PeopleCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PeopleCsvImporter)

public:
    explicit PeopleCsvImporter(WorkforceRegister& workforce);

    // Reads and checks without writing anything.
    Result<std::vector<Person>> read(const QByteArray& data,
                                     const TrainingColumnMapping& mapping) const;

    // `sourceName` names where the file came from (the import batch's source).
    Result<PeopleImport> importFile(const QString& path, const QString& sourceName,
                                    const TrainingColumnMapping& mapping);
    Result<PeopleImport> importData(const QByteArray& data, const QString& fileName,
                                    const QString& sourceName,
                                    const TrainingColumnMapping& mapping);
    Result<PeopleImport> importTable(const TrainingCsvTable& table, const QString& sourceName);

private:
    Result<PeopleImport> importRead(const Result<TrainingCsvTable>& table,
                                    const QString& sourceName);
    using Rows = TrainingCsvRows<Person>;

    Result<Rows> parseTable(const TrainingCsvTable& table) const;
    std::optional<Person> parseRow(const TrainingCsvTable& table, const CsvRecord& record,
                                   const std::vector<WorkforceRole>& roles,
                                   ImportProblems& problems) const;

    WorkforceRegister& m_workforce;
};

} // namespace palisade
