#include "core/risk/AssetCsvImporter.h"

#include "core/io/CsvHeader.h"
#include "core/io/CsvReader.h"
#include "core/risk/AssetCsvColumns.h"
#include "core/risk/AssetCsvDataFlows.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/CsvImportTable.h"
#include "core/risk/ImportProblems.h"
#include "core/risk/RiskCsvValues.h"
#include "core/risk/StoredImport.h"

#include <QFileInfo>
#include <QHash>

namespace palisade {

AssetCsvImporter::AssetCsvImporter(AssetRegister& assets)
    : m_assets(assets)
{
}

Result<std::vector<Asset>> AssetCsvImporter::read(const QString& path) const
{
    return parsedItems(
        CsvImportTable::readFile(path, AssetCsvColumns::required(), AssetCsvColumns::optional()));
}

Result<std::vector<Asset>> AssetCsvImporter::readData(const QByteArray& data) const
{
    return parsedItems(
        CsvImportTable::readData(data, AssetCsvColumns::required(), AssetCsvColumns::optional()));
}

Result<ImportReport> AssetCsvImporter::importFile(const QString& path)
{
    return importTable(
        CsvImportTable::readFile(path, AssetCsvColumns::required(), AssetCsvColumns::optional()));
}

Result<ImportReport> AssetCsvImporter::importData(const QByteArray& data)
{
    return importTable(
        CsvImportTable::readData(data, AssetCsvColumns::required(), AssetCsvColumns::optional()));
}

Result<std::vector<Asset>> AssetCsvImporter::parsedItems(Result<CsvImportTable> table) const
{
    if (!table)
        return table.error();
    Result<Parsed> parsed = parseTable(*table);
    if (!parsed)
        return parsed.error();
    return std::move(parsed->assets);
}

Result<ImportReport> AssetCsvImporter::importTable(Result<CsvImportTable> table)
{
    if (!table)
        return table.error();
    Result<Parsed> parsed = parseTable(*table);
    if (!parsed)
        return parsed.error();
    return store(std::move(parsed).value(), table->fileName);
}

Result<AssetCsvImporter::Parsed> AssetCsvImporter::parseTable(const CsvImportTable& table) const
{
    const CsvHeader* header = &table.header;
    const QList<CsvRecord>& records = table.rows;
    const QString& fileName = table.fileName;

    ImportProblems problems;
    Parsed parsed;
    QHash<QString, int> firstLineOfName;
    for (const CsvRecord& record : std::as_const(records)) {
        if (Result<void> checked = header->check(record); !checked) {
            problems.addPrefixed(record.line, checked.error().message);
            continue;
        }
        const QString name = header->value(record, AssetCsvColumns::name);
        const QString key = name.simplified().toCaseFolded();
        bool repeated = false;
        if (!key.isEmpty()) {
            if (const auto first = firstLineOfName.constFind(key);
                first != firstLineOfName.constEnd()) {
                problems.add(
                    record.line,
                    tr("the name \"%1\" is already used on line %2.").arg(name).arg(first.value()));
                repeated = true;
            } else {
                firstLineOfName.insert(key, record.line);
            }
        }
        std::optional<Asset> asset = parseRow(*header, record, problems);
        if (asset && !repeated) {
            parsed.assets.push_back(std::move(*asset));
            parsed.lines << record.line;
        }
    }
    if (!problems.isEmpty())
        return problems.error(fileName);
    if (parsed.assets.empty())
        return Error{ErrorKind::Invalid,
                     tr("The file has a header row but no assets below it; nothing was imported."),
                     {}};
    return parsed;
}

std::optional<Asset> AssetCsvImporter::parseRow(const CsvHeader& header, const CsvRecord& record,
                                                ImportProblems& problems) const
{
    using C = AssetCsvColumns;
    QStringList reasons;
    const auto text = [&](const QString& column) {
        return header.value(record, column);
    };

    Asset asset;
    asset.name = text(C::name);
    asset.location = text(C::location);
    asset.owner = text(C::owner);
    asset.phiHeld = text(C::phiHeld);
    asset.notes = text(C::notes);

    const QString kind = text(C::kind);
    if (const std::optional<AssetKind> found = RiskCsvValues::assetKind(kind)) {
        asset.kind = *found;
    } else if (kind.isEmpty()) {
        reasons << tr("%1 is empty; use %2.").arg(C::kind, RiskCsvValues::acceptedAssetKinds());
    } else {
        reasons << tr("%1 \"%2\" is not a kind of asset; use %3.")
                       .arg(C::kind, kind, RiskCsvValues::acceptedAssetKinds());
    }

    Result<std::vector<DataFlow>> flows = AssetCsvDataFlows::parse(text(C::dataFlows));
    if (flows) {
        asset.dataFlows = std::move(flows).value();
    } else {
        for (const QString& problem : flows.error().message.split(QLatin1Char('\n')))
            reasons << C::dataFlows + QStringLiteral(": ") + problem;
    }

    if (reasons.isEmpty())
        reasons = m_assets.problems(asset);
    if (!reasons.isEmpty()) {
        problems.add(record.line, reasons);
        return std::nullopt;
    }
    return asset;
}

Result<ImportReport> AssetCsvImporter::store(Parsed parsed, const QString& fileName)
{
    return storedImport(m_assets.addAll(std::move(parsed.assets)), parsed.lines,
                        QCoreApplication::translate("palisade::AssetRegister", "Asset %1: %2"),
                        fileName, [](const Asset& item) { return item.name; });
}

} // namespace palisade
