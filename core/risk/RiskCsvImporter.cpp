#include "core/risk/RiskCsvImporter.h"

#include "core/io/CsvHeader.h"
#include "core/io/CsvReader.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/CsvImportTable.h"
#include "core/risk/ImportProblems.h"
#include "core/risk/RiskCsvColumns.h"
#include "core/risk/RiskCsvValues.h"
#include "core/risk/RiskRegister.h"
#include "core/risk/StoredImport.h"

#include <QFileInfo>
#include <algorithm>

namespace palisade {
namespace {

QString assetKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

RiskCsvImporter::RiskCsvImporter(RiskRegister& risks, const AssetRegister& assets)
    : m_risks(risks)
    , m_assets(assets)
{
}

Result<std::vector<Risk>> RiskCsvImporter::read(const QString& path) const
{
    return parsedItems(
        CsvImportTable::readFile(path, RiskCsvColumns::required(), RiskCsvColumns::optional()));
}

Result<std::vector<Risk>> RiskCsvImporter::readData(const QByteArray& data) const
{
    return parsedItems(
        CsvImportTable::readData(data, RiskCsvColumns::required(), RiskCsvColumns::optional()));
}

Result<ImportReport> RiskCsvImporter::importFile(const QString& path)
{
    return importTable(
        CsvImportTable::readFile(path, RiskCsvColumns::required(), RiskCsvColumns::optional()));
}

Result<ImportReport> RiskCsvImporter::importData(const QByteArray& data)
{
    return importTable(
        CsvImportTable::readData(data, RiskCsvColumns::required(), RiskCsvColumns::optional()));
}

Result<std::vector<Risk>> RiskCsvImporter::parsedItems(Result<CsvImportTable> table) const
{
    if (!table)
        return table.error();
    Result<Parsed> parsed = parseTable(*table);
    if (!parsed)
        return parsed.error();
    return std::move(parsed->risks);
}

Result<ImportReport> RiskCsvImporter::importTable(Result<CsvImportTable> table)
{
    if (!table)
        return table.error();
    Result<Parsed> parsed = parseTable(*table);
    if (!parsed)
        return parsed.error();
    return store(std::move(parsed).value(), table->fileName);
}

Result<RiskCsvImporter::Parsed> RiskCsvImporter::parseTable(const CsvImportTable& table) const
{
    const CsvHeader* header = &table.header;
    const QList<CsvRecord>& records = table.rows;
    const QString& fileName = table.fileName;

    Result<std::vector<Asset>> assets = m_assets.assets();
    if (!assets)
        return assets.error();
    QHash<QString, qint64> assetIds;
    for (const Asset& asset : *assets)
        assetIds.insert(assetKey(asset.name), asset.id);

    ImportProblems problems;
    Parsed parsed;
    for (const CsvRecord& record : std::as_const(records)) {
        if (Result<void> checked = header->check(record); !checked) {
            problems.addPrefixed(record.line, checked.error().message);
            continue;
        }
        if (std::optional<Risk> risk = parseRow(*header, record, assetIds, problems)) {
            parsed.risks.push_back(std::move(*risk));
            parsed.lines << record.line;
        }
    }
    if (!problems.isEmpty())
        return problems.error(fileName);
    if (parsed.risks.empty())
        return Error{ErrorKind::Invalid,
                     tr("The file has a header row but no risks below it; nothing was imported."),
                     {}};
    return parsed;
}

std::optional<Risk> RiskCsvImporter::parseRow(const CsvHeader& header, const CsvRecord& record,
                                              const QHash<QString, qint64>& assetIds,
                                              ImportProblems& problems) const
{
    using C = RiskCsvColumns;
    QStringList reasons;
    const auto text = [&](const QString& column) {
        return header.value(record, column);
    };
    const auto level = [&](const QString& column) -> std::optional<RiskLevel> {
        const QString value = text(column);
        if (value.isEmpty())
            return std::nullopt;
        std::optional<RiskLevel> found = RiskCsvValues::level(value);
        if (!found) {
            reasons << tr("%1 \"%2\" is not a level; use %3.")
                           .arg(column, value, RiskCsvValues::acceptedLevels());
        }
        return found;
    };
    const auto date = [&](const QString& column) -> QDate {
        const QString value = text(column);
        const std::optional<QDate> found = RiskCsvValues::date(value);
        if (!found) {
            reasons << tr("%1 \"%2\" is not a date written as YYYY-MM-DD (for example 2026-03-01).")
                           .arg(column, value);
            return {};
        }
        return *found;
    };

    Risk risk;
    risk.title = text(C::title);
    risk.description = text(C::description);
    risk.threatSource = text(C::threatSource);
    risk.threatEvent = text(C::threatEvent);
    risk.vulnerability = text(C::vulnerability);
    risk.existingControls = text(C::existingControls);
    risk.treatmentPlan = text(C::treatmentPlan);
    risk.owner = text(C::owner);
    risk.citations = RiskCsvValues::list(text(C::citations));

    for (const QString& name : RiskCsvValues::list(text(C::assets))) {
        const auto found = assetIds.constFind(assetKey(name));
        if (found == assetIds.constEnd()) {
            reasons << tr("assets: there is no asset named \"%1\"; add or import the asset first, "
                          "or correct the name.")
                           .arg(name);
        } else {
            risk.assetIds.push_back(found.value());
        }
    }
    std::sort(risk.assetIds.begin(), risk.assetIds.end());
    risk.assetIds.erase(std::unique(risk.assetIds.begin(), risk.assetIds.end()),
                        risk.assetIds.end());

    for (const QString& column : {C::likelihood, C::impact}) {
        if (text(column).isEmpty())
            reasons << tr("%1 is empty; use %2.").arg(column, RiskCsvValues::acceptedLevels());
    }
    const std::optional<RiskLevel> likelihood = level(C::likelihood);
    const std::optional<RiskLevel> impact = level(C::impact);
    if (likelihood && impact)
        risk.inherent = RiskRating{*likelihood, *impact};

    const bool residualGiven =
        !text(C::residualLikelihood).isEmpty() || !text(C::residualImpact).isEmpty();
    const std::optional<RiskLevel> residualLikelihood = level(C::residualLikelihood);
    const std::optional<RiskLevel> residualImpact = level(C::residualImpact);
    if (residualLikelihood && residualImpact) {
        risk.residual = RiskRating{*residualLikelihood, *residualImpact};
    } else if (residualGiven &&
               (text(C::residualLikelihood).isEmpty() || text(C::residualImpact).isEmpty())) {
        reasons << tr("give both %1 and %2, or leave both empty.")
                       .arg(C::residualLikelihood, C::residualImpact);
    }

    if (const QString value = text(C::treatment); !value.isEmpty()) {
        if (const std::optional<RiskTreatment> found = RiskCsvValues::treatment(value))
            risk.treatment = *found;
        else
            reasons << tr("%1 \"%2\" is not a treatment; use %3.")
                           .arg(C::treatment, value, RiskCsvValues::acceptedTreatments());
    }
    if (const QString value = text(C::status); !value.isEmpty()) {
        if (const std::optional<RiskStatus> found = RiskCsvValues::status(value))
            risk.status = *found;
        else
            reasons << tr("%1 \"%2\" is not a status; use %3.")
                           .arg(C::status, value, RiskCsvValues::acceptedStatuses());
    }

    risk.identifiedOn = date(C::identifiedOn);
    risk.dueOn = date(C::dueOn);
    risk.acceptance.approver = text(C::acceptedBy);
    risk.acceptance.acceptedOn = date(C::acceptedOn);
    risk.acceptance.rationale = text(C::acceptanceRationale);
    risk.acceptance.expiresOn = date(C::acceptanceExpiresOn);
    risk.lastAssessedOn = date(C::lastAssessedOn);
    risk.nextReassessmentOn = date(C::nextReassessmentOn);
    // As the register does on adding, so that the reassessment dates are
    // checked here, against this line, rather than only when writing.
    if (!risk.lastAssessedOn.isValid())
        risk.lastAssessedOn = risk.identifiedOn;

    // The register's rules speak of the values, so they only make sense once
    // every value could be read.
    if (reasons.isEmpty())
        reasons = m_risks.problems(risk);
    if (!reasons.isEmpty()) {
        problems.add(record.line, reasons);
        return std::nullopt;
    }
    return risk;
}

Result<ImportReport> RiskCsvImporter::store(Parsed parsed, const QString& fileName)
{
    return storedImport(m_risks.addAll(std::move(parsed.risks)), parsed.lines,
                        QCoreApplication::translate("palisade::RiskRegister", "Risk %1: %2"),
                        fileName, [](const Risk& item) { return riskReference(item.id); });
}

} // namespace palisade
