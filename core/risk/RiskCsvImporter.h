#pragma once

#include "core/io/CsvRecord.h"
#include "core/risk/ImportReport.h"
#include "core/risk/Risk.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <vector>

namespace palisade {

class AssetRegister;
class CsvHeader;
struct CsvImportTable;
class ImportProblems;
class RiskRegister;

// Imports risks from a CSV file (columns in RiskCsvColumns, documented in
// docs/csv-import.md). All or nothing: every row is read and checked against
// the register's rules first, and when any row is wrong nothing is written and
// the error lists every problem as "Line N: reason", N being the line of the
// file on which the row starts. Otherwise all risks are added in one
// transaction.
class RiskCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::RiskCsvImporter)

public:
    RiskCsvImporter(RiskRegister& risks, const AssetRegister& assets);

    // Reads and checks without writing anything.
    Result<std::vector<Risk>> read(const QString& path) const;
    Result<std::vector<Risk>> readData(const QByteArray& data) const;

    Result<ImportReport> importFile(const QString& path);
    Result<ImportReport> importData(const QByteArray& data);

private:
    struct Parsed
    {
        std::vector<Risk> risks;
        QList<int> lines;
    };

    Result<Parsed> parseTable(const CsvImportTable& table) const;
    Result<std::vector<Risk>> parsedItems(Result<CsvImportTable> table) const;
    Result<ImportReport> importTable(Result<CsvImportTable> table);
    std::optional<Risk> parseRow(const CsvHeader& header, const CsvRecord& record,
                                 const QHash<QString, qint64>& assetIds,
                                 ImportProblems& problems) const;
    Result<ImportReport> store(Parsed parsed, const QString& fileName);

    RiskRegister& m_risks;
    const AssetRegister& m_assets;
};

} // namespace palisade
