#pragma once

#include "core/io/CsvRecord.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace palisade {

// Maps the names in a CSV header row to column indexes. Names match ignoring
// case and surrounding or repeated whitespace, so "  due DATE " finds
// "Due date"; the order of the columns in the file does not matter.
class CsvHeader
{
public:
    // Invalid when a required column is missing, a name is neither required
    // nor optional, or a name appears twice; one message lists every problem.
    static Result<CsvHeader> map(const CsvRecord& header, const QStringList& required,
                                 const QStringList& optional = {});

    bool has(const QString& column) const { return index(column) >= 0; }
    // -1 when the file has no such column.
    int index(const QString& column) const;
    int line() const { return m_line; }

    // The record's field under `column`, trimmed; empty when the file has no such
    // column or the record is short.
    QString value(const CsvRecord& record, const QString& column) const;

    // Invalid when the record has a value under no named column, which would
    // otherwise be dropped without a word.
    Result<void> check(const CsvRecord& record) const;

    static QString key(const QString& name);

private:
    QHash<QString, int> m_indexes;
    QList<bool> m_named;
    int m_line = 0;
};

} // namespace palisade
