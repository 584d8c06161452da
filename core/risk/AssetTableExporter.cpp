#include "core/risk/AssetTableExporter.h"

#include "core/io/CsvWriter.h"
#include "core/io/XlsxWriter.h"
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
    QList<QStringList> out;
    for (const XlsxRow& row : m_rows) {
        QStringList fields;
        for (const XlsxCell& cell : row)
            fields << RiskTableExporter::cellText(cell);
        out << fields;
    }
    return out;
}

XlsxSheet AssetTableExporter::sheet() const
{
    XlsxSheet sheet(tr("Assets"), header());
    for (const XlsxRow& row : m_rows)
        sheet.addRow(row);
    return sheet;
}

Result<void> AssetTableExporter::saveCsv(const QString& path, OverwritePolicy policy) const
{
    CsvWriter writer(header());
    for (QStringList& fields : textRows())
        writer.addRow(std::move(fields));
    return writer.save(path, policy);
}

Result<void> AssetTableExporter::saveXlsx(const QString& path, OverwritePolicy policy) const
{
    XlsxWriter writer;
    writer.addSheet(sheet());
    return writer.save(path, policy);
}

} // namespace palisade
