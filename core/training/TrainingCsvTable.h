#pragma once

#include "core/io/CsvRecord.h"
#include "core/training/TrainingColumnMapping.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace palisade {

// A people or completions CSV file as the training importers read it: the
// file's bytes and their SHA-256 (which names the import batch), the header
// resolved through a TrainingColumnMapping, and the data records below it.
// Columns the mapping does not name are ignored, since exports of
// learning-management systems carry many.
class TrainingCsvTable
{
    Q_DECLARE_TR_FUNCTIONS(palisade::TrainingCsvTable)

public:
    // Invalid for malformed CSV (naming the line), an empty file, or a header
    // without a column for a required field; Io when the file cannot be read.
    static Result<TrainingCsvTable> readFile(const QString& path,
                                             const TrainingColumnMapping& mapping);
    static Result<TrainingCsvTable> parse(const QByteArray& data,
                                          const TrainingColumnMapping& mapping,
                                          const QString& fileName = {});
    // The file's bytes, refused like CsvReader::readFile refuses them.
    static Result<QByteArray> readBytes(const QString& path);

    const QString& fileName() const { return m_fileName; }
    const QString& sha256() const { return m_sha256; } // lower-case hex
    const QStringList& header() const { return m_header; }
    const QList<CsvRecord>& rows() const { return m_rows; }

    bool has(const QString& field) const { return m_indexes.value(field, -1) >= 0; }
    // The record's value of the field, trimmed; empty when the file does not
    // provide the field or the record is short.
    QString value(const CsvRecord& record, const QString& field) const;
    // The file's header text of the field's column, for messages.
    QString columnName(const QString& field) const;
    // A problem when the record has a value under a column without a name,
    // which would otherwise be dropped without a word; empty otherwise.
    QString unnamedValue(const CsvRecord& record) const;

private:
    QString m_fileName;
    QString m_sha256;
    QStringList m_header;
    QList<CsvRecord> m_rows;
    QHash<QString, int> m_indexes;
};

} // namespace palisade
