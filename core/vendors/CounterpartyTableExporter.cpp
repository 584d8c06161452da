#include "core/vendors/CounterpartyTableExporter.h"

#include "core/io/SheetFile.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskCsvValues.h"
#include "core/vendors/CounterpartyCsvColumns.h"
#include "core/vendors/CounterpartyRegister.h"
#include "core/vendors/VendorCsvValues.h"

#include <QHash>

namespace palisade {
namespace {

XlsxCell textCell(const QString& text)
{
    return text.isEmpty() ? XlsxCell() : XlsxCell(text);
}

} // namespace

CounterpartyTableExporter::CounterpartyTableExporter(
    const std::vector<Counterparty>& counterparties, const std::vector<Asset>& assets)
{
    QHash<qint64, QString> assetNames;
    for (const Asset& asset : assets)
        assetNames.insert(asset.id, asset.name);
    for (const Counterparty& counterparty : counterparties) {
        QStringList names;
        for (const qint64 id : counterparty.assetIds) {
            if (assetNames.contains(id))
                names << assetNames.value(id);
        }
        names.sort(Qt::CaseInsensitive);
        // In the order of CounterpartyCsvColumns::exported().
        m_rows.append(XlsxRow{
            textCell(counterparty.name),
            XlsxCell(counterpartyRelationshipLabel(counterparty.relationship)),
            textCell(counterparty.services),
            textCell(counterparty.phiTypes),
            XlsxCell::boolean(counterparty.sharesPhi),
            textCell(VendorCsvValues::contactsText(counterparty.contacts)),
            textCell(RiskCsvValues::listText(names)),
            textCell(counterparty.notes),
        });
    }
}

Result<CounterpartyTableExporter>
CounterpartyTableExporter::fromRegister(const CounterpartyRegister& counterparties,
                                        const AssetRegister& assets)
{
    Result<std::vector<Counterparty>> all = counterparties.counterparties();
    if (!all)
        return all.error();
    Result<std::vector<Asset>> allAssets = assets.assets();
    if (!allAssets)
        return allAssets.error();
    return CounterpartyTableExporter(*all, *allAssets);
}

QStringList CounterpartyTableExporter::header()
{
    return CounterpartyCsvColumns::exported();
}

QList<QStringList> CounterpartyTableExporter::textRows() const
{
    return SheetFile::textRows(m_rows, &VendorCsvValues::cellText);
}

XlsxSheet CounterpartyTableExporter::sheet() const
{
    return SheetFile::sheet(tr("Counterparties"), header(), m_rows);
}

Result<void> CounterpartyTableExporter::saveCsv(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveCsv(header(), textRows(), path, policy);
}

Result<void> CounterpartyTableExporter::saveXlsx(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveXlsx(sheet(), path, policy);
}

} // namespace palisade
