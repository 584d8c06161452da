#pragma once

#include "core/io/CsvHeader.h"
#include "core/io/CsvRecord.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace palisade {

// A CSV file as the risk-register importers read it: the header mapped to the
// known columns (names compared the way RiskCsvValues::columnName folds them)
// and the data rows, with the file's name for messages.
struct CsvImportTable
{
    Q_DECLARE_TR_FUNCTIONS(palisade::CsvImportTable)

public:
    CsvHeader header;
    QList<CsvRecord> rows;
    QString fileName; // empty when the data did not come from a file

    static Result<CsvImportTable> readFile(const QString& path, const QStringList& required,
                                           const QStringList& optional);
    static Result<CsvImportTable> readData(const QByteArray& data, const QStringList& required,
                                           const QStringList& optional);

private:
    static Result<CsvImportTable> fromRecords(Result<QList<CsvRecord>> records, QString fileName,
                                              const QStringList& required,
                                              const QStringList& optional);
};

} // namespace palisade
