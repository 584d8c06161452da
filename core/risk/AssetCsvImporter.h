#pragma once

#include "core/io/CsvRecord.h"
#include "core/risk/Asset.h"
#include "core/risk/ImportReport.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace palisade {

class AssetRegister;
class CsvHeader;
struct CsvImportTable;
class ImportProblems;

// Imports assets from a CSV file (columns in AssetCsvColumns, documented in
// docs/csv-import.md), all or nothing like RiskCsvImporter: every problem is
// reported as "Line N: reason" and nothing is written unless every row is good.
// A name used twice in the file, or already used by an asset in the program,
// is a problem of that line.
class AssetCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::AssetCsvImporter)

public:
    explicit AssetCsvImporter(AssetRegister& assets);

    // Reads and checks without writing anything.
    Result<std::vector<Asset>> read(const QString& path) const;
    Result<std::vector<Asset>> readData(const QByteArray& data) const;

    Result<ImportReport> importFile(const QString& path);
    Result<ImportReport> importData(const QByteArray& data);

private:
    struct Parsed
    {
        std::vector<Asset> assets;
        QList<int> lines;
    };

    Result<Parsed> parseTable(const CsvImportTable& table) const;
    Result<std::vector<Asset>> parsedItems(Result<CsvImportTable> table) const;
    Result<ImportReport> importTable(Result<CsvImportTable> table);
    std::optional<Asset> parseRow(const CsvHeader& header, const CsvRecord& record,
                                  ImportProblems& problems) const;
    Result<ImportReport> store(Parsed parsed, const QString& fileName);

    AssetRegister& m_assets;
};

} // namespace palisade
