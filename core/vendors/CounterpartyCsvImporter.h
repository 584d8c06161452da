#pragma once

#include "core/io/CsvRecord.h"
#include "core/risk/ImportReport.h"
#include "core/util/Result.h"
#include "core/vendors/Counterparty.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace palisade {

class AssetRegister;
class CounterpartyRegister;
class CsvHeader;
struct CsvImportTable;
class ImportProblems;

// Imports counterparties from a CSV file (columns in CounterpartyCsvColumns,
// documented in docs/csv-import.md), all or nothing like RiskCsvImporter:
// every problem is reported as "Line N: reason" and nothing is written unless
// every row is good. Linked assets are named and must already exist.
class CounterpartyCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::CounterpartyCsvImporter)

public:
    CounterpartyCsvImporter(CounterpartyRegister& counterparties, const AssetRegister& assets);

    // Reads and checks without writing anything.
    Result<std::vector<Counterparty>> read(const QString& path) const;
    Result<std::vector<Counterparty>> readData(const QByteArray& data) const;

    Result<ImportReport> importFile(const QString& path);
    Result<ImportReport> importData(const QByteArray& data);

private:
    struct Parsed
    {
        std::vector<Counterparty> counterparties;
        QList<int> lines;
    };

    Result<Parsed> parseTable(const CsvImportTable& table) const;
    Result<std::vector<Counterparty>> parsedItems(Result<CsvImportTable> table) const;
    Result<ImportReport> importTable(Result<CsvImportTable> table);
    std::optional<Counterparty> parseRow(const CsvHeader& header, const CsvRecord& record,
                                         const QHash<QString, qint64>& assetIds,
                                         ImportProblems& problems) const;
    Result<ImportReport> store(Parsed parsed, const QString& fileName);

    CounterpartyRegister& m_counterparties;
    const AssetRegister& m_assets;
};

} // namespace palisade
