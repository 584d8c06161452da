#pragma once

#include "core/io/CsvRecord.h"
#include "core/risk/ImportProblems.h"
#include "core/training/ImportBatch.h"
#include "core/training/TrainingCsvTable.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace palisade {

// The data rows of a training CSV file read into values, each with the line
// it came from, and stored as one import batch: the part the people and the
// completions importers share. All or nothing: any bad row refuses the file.
template <typename T> class TrainingCsvRows
{
public:
    // Every data record through `parseRow(record, problems)`, which returns
    // the value, or nullopt after adding the record's problems. A record with
    // a value under a column without a name is a problem and is not parsed.
    // Invalid, naming every bad line, when any record has a problem;
    // `nothingRead` when no record gave a value.
    template <typename ParseRow>
    static Result<TrainingCsvRows> read(const TrainingCsvTable& table, ParseRow&& parseRow,
                                        const QString& nothingRead)
    {
        ImportProblems problems;
        TrainingCsvRows rows;
        for (const CsvRecord& record : table.rows()) {
            if (const QString unnamed = table.unnamedValue(record); !unnamed.isEmpty()) {
                problems.add(record.line, unnamed);
                continue;
            }
            if (std::optional<T> value = parseRow(record, problems)) {
                rows.m_values.push_back(std::move(*value));
                rows.m_lines << record.line;
            }
        }
        if (!problems.isEmpty())
            return problems.error(table.fileName());
        if (rows.m_values.empty())
            return Error{ErrorKind::Invalid, nothingRead, {}};
        return rows;
    }

    // Hands the values to `importRows(batch, values)`, a register's import,
    // as one batch of `kind` from `sourceName` and the table's file. The
    // register refuses a batch with problems worded through `rowPattern` (its
    // translated "Row %1: %2"); those row numbers become the file's lines.
    template <typename ImportRows>
    auto store(const TrainingCsvTable& table, const QString& sourceName, ImportKind kind,
               const QString& rowPattern, ImportRows&& importRows) &&
    {
        ImportBatch batch;
        batch.sourceName = sourceName;
        batch.kind = kind;
        batch.fileName = table.fileName();
        batch.fileSha256 = table.sha256();
        batch.rows = int(m_values.size());
        auto imported = importRows(std::move(batch), std::move(m_values));
        if (!imported && imported.error().kind == ErrorKind::Invalid)
            return decltype(imported)(
                ImportProblems::fromRefusal(imported.error().message, m_lines, rowPattern)
                    .error(table.fileName()));
        return imported;
    }

    const std::vector<T>& values() const& { return m_values; }
    std::vector<T>&& values() && { return std::move(m_values); }
    const QList<int>& lines() const { return m_lines; }

private:
    std::vector<T> m_values;
    QList<int> m_lines;
};

} // namespace palisade
