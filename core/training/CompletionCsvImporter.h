#pragma once

#include "core/training/Completion.h"
#include "core/training/CompletionImport.h"
#include "core/training/TrainingColumnMapping.h"
#include "core/training/TrainingCsvRows.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace palisade {

class ImportProblems;
class TrainingRegister;
class WorkforceRegister;
struct Course;
struct CsvRecord;

// Imports training completions from a CSV file exported by a
// learning-management system, through a column mapping. The person is found
// by employee ID and the course by title (both ignoring case); both must be in
// the program already. Whether a completion passed follows from its score when
// the course has a passing score, else from the passed column (default yes).
// All or nothing: every problem is reported as "Line N: reason" and nothing is
// written unless every row is good. Rows already on file by person, course and
// date are skipped (TrainingRegister::importCompletions), so the same file
// imported twice adds nothing the second time.
class CompletionCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::CompletionCsvImporter)

public:
    CompletionCsvImporter(TrainingRegister& training, const WorkforceRegister& workforce);

    // Reads and checks without writing anything.
    Result<std::vector<Completion>> read(const QByteArray& data,
                                         const TrainingColumnMapping& mapping) const;

    // `sourceName` names where the file came from (the import batch's source).
    Result<CompletionImport> importFile(const QString& path, const QString& sourceName,
                                        const TrainingColumnMapping& mapping);
    Result<CompletionImport> importData(const QByteArray& data, const QString& fileName,
                                        const QString& sourceName,
                                        const TrainingColumnMapping& mapping);
    Result<CompletionImport> importTable(const TrainingCsvTable& table, const QString& sourceName);

private:
    Result<CompletionImport> importRead(const Result<TrainingCsvTable>& table,
                                        const QString& sourceName);
    using Rows = TrainingCsvRows<Completion>;
    struct Lookup
    {
        QHash<QString, qint64> people;         // folded employee ID -> id
        QHash<QString, const Course*> courses; // folded title -> course
    };

    Result<Rows> parseTable(const TrainingCsvTable& table) const;
    std::optional<Completion> parseRow(const TrainingCsvTable& table, const CsvRecord& record,
                                       const Lookup& lookup, ImportProblems& problems) const;

    TrainingRegister& m_training;
    const WorkforceRegister& m_workforce;
};

} // namespace palisade
