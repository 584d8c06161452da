#include "core/risk/AssetTableExporter.h"

#include "core/io/SheetFile.h"
#include "core/risk/AssetCsvColumns.h"
#include "core/risk/AssetCsvDataFlows.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskTableExporter.h"

namespace palisade {
namespace {

XlsxCell textCell(const QString& text)
{
    return text.isEmpty() ? XlsxCell() : XlsxCell(text);
}

} // namespace

AssetTableExporter::AssetTableExporter(const std::vector<Asset>& assets)
{
    for (const Asset& asset : assets) {
        // In the order of AssetCsvColumns::exported().
        m_rows.append(XlsxRow{
            textCell(asset.name),
            XlsxCell(assetKindLabel(asset.kind)),
            textCell(asset.location),
            textCell(asset.owner),
            textCell(asset.phiHeld),
            textCell(asset.notes),
            textCell(AssetCsvDataFlows::format(asset.dataFlows)),
        });
    }
}

Result<AssetTableExporter> AssetTableExporter::fromRegister(const AssetRegister& assets)
{
    Result<std::vector<Asset>> all = assets.assets();
    if (!all)
        return all.error();
    return AssetTableExporter(*all);
}

QStringList AssetTableExporter::header()
{
    return AssetCsvColumns::exported();
}

QList<QStringList> AssetTableExporter::textRows() const
{
    return SheetFile::textRows(m_rows, &RiskTableExporter::cellText);
}

XlsxSheet AssetTableExporter::sheet() const
{
    return SheetFile::sheet(tr("Assets"), header(), m_rows);
}

Result<void> AssetTableExporter::saveCsv(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveCsv(header(), textRows(), path, policy);
}

Result<void> AssetTableExporter::saveXlsx(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveXlsx(sheet(), path, policy);
}

} // namespace palisade
