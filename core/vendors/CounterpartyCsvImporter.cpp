#include "core/vendors/CounterpartyCsvImporter.h"

#include "core/io/CsvHeader.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/CsvImportTable.h"
#include "core/risk/ImportProblems.h"
#include "core/risk/RiskCsvValues.h"
#include "core/risk/StoredImport.h"
#include "core/vendors/CounterpartyCsvColumns.h"
#include "core/vendors/CounterpartyRegister.h"
#include "core/vendors/VendorCsvValues.h"

#include <algorithm>

namespace palisade {
namespace {

QString nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

Result<CsvImportTable> readTable(const QString& path)
{
    return CsvImportTable::readFile(path, CounterpartyCsvColumns::required(),
                                    CounterpartyCsvColumns::optional());
}

Result<CsvImportTable> readTableData(const QByteArray& data)
{
    return CsvImportTable::readData(data, CounterpartyCsvColumns::required(),
                                    CounterpartyCsvColumns::optional());
}

} // namespace

CounterpartyCsvImporter::CounterpartyCsvImporter(CounterpartyRegister& counterparties,
                                                 const AssetRegister& assets)
    : m_counterparties(counterparties)
    , m_assets(assets)
{
}

Result<std::vector<Counterparty>> CounterpartyCsvImporter::read(const QString& path) const
{
    return parsedItems(readTable(path));
}

Result<std::vector<Counterparty>> CounterpartyCsvImporter::readData(const QByteArray& data) const
{
    return parsedItems(readTableData(data));
}

Result<ImportReport> CounterpartyCsvImporter::importFile(const QString& path)
{
    return importTable(readTable(path));
}

Result<ImportReport> CounterpartyCsvImporter::importData(const QByteArray& data)
{
    return importTable(readTableData(data));
}

Result<std::vector<Counterparty>>
CounterpartyCsvImporter::parsedItems(Result<CsvImportTable> table) const
{
    if (!table)
        return table.error();
    Result<Parsed> parsed = parseTable(*table);
    if (!parsed)
        return parsed.error();
    return std::move(parsed->counterparties);
}

Result<ImportReport> CounterpartyCsvImporter::importTable(Result<CsvImportTable> table)
{
    if (!table)
        return table.error();
    Result<Parsed> parsed = parseTable(*table);
    if (!parsed)
        return parsed.error();
    return store(std::move(parsed).value(), table->fileName);
}

Result<CounterpartyCsvImporter::Parsed>
CounterpartyCsvImporter::parseTable(const CsvImportTable& table) const
{
    Result<std::vector<Asset>> assets = m_assets.assets();
    if (!assets)
        return assets.error();
    QHash<QString, qint64> assetIds;
    for (const Asset& asset : *assets)
        assetIds.insert(nameKey(asset.name), asset.id);

    ImportProblems problems;
    Parsed parsed;
    QHash<QString, int> firstLineOfName;
    for (const CsvRecord& record : table.rows) {
        if (Result<void> checked = table.header.check(record); !checked) {
            problems.addPrefixed(record.line, checked.error().message);
            continue;
        }
        const QString name = table.header.value(record, CounterpartyCsvColumns::name);
        const QString key = nameKey(name);
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
        std::optional<Counterparty> counterparty =
            parseRow(table.header, record, assetIds, problems);
        if (counterparty && !repeated) {
            parsed.counterparties.push_back(std::move(*counterparty));
            parsed.lines << record.line;
        }
    }
    if (!problems.isEmpty())
        return problems.error(table.fileName);
    if (parsed.counterparties.empty())
        return Error{
            ErrorKind::Invalid,
            tr("The file has a header row but no counterparties below it; nothing was imported."),
            {}};
    return parsed;
}

std::optional<Counterparty>
CounterpartyCsvImporter::parseRow(const CsvHeader& header, const CsvRecord& record,
                                  const QHash<QString, qint64>& assetIds,
                                  ImportProblems& problems) const
{
    using C = CounterpartyCsvColumns;
    QStringList reasons;
    const auto text = [&](const QString& column) {
        return header.value(record, column);
    };

    Counterparty counterparty;
    counterparty.name = text(C::name);
    counterparty.services = text(C::services);
    counterparty.phiTypes = text(C::phiTypes);
    counterparty.notes = text(C::notes);

    const QString relationship = text(C::relationship);
    if (const auto found = VendorCsvValues::relationship(relationship)) {
        counterparty.relationship = *found;
    } else if (relationship.isEmpty()) {
        reasons << tr("%1 is empty; use %2.")
                       .arg(C::relationship, VendorCsvValues::acceptedRelationships());
    } else {
        reasons << tr("%1 \"%2\" is not a relationship; use %3.")
                       .arg(C::relationship, relationship,
                            VendorCsvValues::acceptedRelationships());
    }

    if (const QString shares = text(C::sharesPhi); !shares.isEmpty()) {
        if (const std::optional<bool> found = VendorCsvValues::yesNo(shares))
            counterparty.sharesPhi = *found;
        else
            reasons << tr("%1 \"%2\" is not yes or no; use %3.")
                           .arg(C::sharesPhi, shares, VendorCsvValues::acceptedYesNo());
    }

    Result<std::vector<Contact>> contacts = VendorCsvValues::contacts(text(C::contacts));
    if (contacts) {
        counterparty.contacts = std::move(contacts).value();
    } else {
        for (const QString& problem : contacts.error().message.split(QLatin1Char('\n')))
            reasons << C::contacts + QStringLiteral(": ") + problem;
    }

    for (const QString& name : RiskCsvValues::list(text(C::assets))) {
        const auto found = assetIds.constFind(nameKey(name));
        if (found == assetIds.constEnd()) {
            reasons << tr("assets: there is no asset named \"%1\"; add or import the asset first, "
                          "or correct the name.")
                           .arg(name);
        } else {
            counterparty.assetIds.push_back(found.value());
        }
    }
    std::sort(counterparty.assetIds.begin(), counterparty.assetIds.end());
    counterparty.assetIds.erase(
        std::unique(counterparty.assetIds.begin(), counterparty.assetIds.end()),
        counterparty.assetIds.end());

    // The register's rules speak of the values, so they only make sense once
    // every value could be read.
    if (reasons.isEmpty())
        reasons = m_counterparties.problems(counterparty);
    if (!reasons.isEmpty()) {
        problems.add(record.line, reasons);
        return std::nullopt;
    }
    return counterparty;
}

Result<ImportReport> CounterpartyCsvImporter::store(Parsed parsed, const QString& fileName)
{
    return storedImport(
        m_counterparties.addAll(std::move(parsed.counterparties)), parsed.lines,
        QCoreApplication::translate("palisade::CounterpartyRegister", "Counterparty %1: %2"),
        fileName, [](const Counterparty& item) { return item.name; });
}

} // namespace palisade
