#include "core/risk/RiskTableExporter.h"

#include "core/io/SheetFile.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskCsvColumns.h"
#include "core/risk/RiskCsvValues.h"
#include "core/risk/RiskRegister.h"
#include "core/risk/RiskRegisterSnapshot.h"

#include <QHash>

namespace palisade {
namespace {

XlsxCell textCell(const QString& text)
{
    return text.isEmpty() ? XlsxCell() : XlsxCell(text);
}

XlsxCell dateCell(const QDate& date)
{
    return date.isValid() ? XlsxCell(date) : XlsxCell();
}

XlsxCell levelCell(const std::optional<RiskLevel>& level)
{
    return level ? XlsxCell(riskLevelLabel(*level)) : XlsxCell();
}

} // namespace

RiskTableExporter::RiskTableExporter(const std::vector<Risk>& risks,
                                     const std::vector<RemediationTask>& tasks,
                                     const std::vector<Asset>& assets)
{
    QHash<qint64, QString> assetNames;
    for (const Asset& asset : assets)
        assetNames.insert(asset.id, asset.name);
    QHash<qint64, qint64> openTasks;
    for (const RemediationTask& task : tasks) {
        if (isOpenTaskStatus(task.status))
            ++openTasks[task.riskId];
    }

    for (const Risk& risk : risks) {
        QStringList names;
        for (const qint64 id : risk.assetIds) {
            if (assetNames.contains(id))
                names << assetNames.value(id);
        }
        names.sort(Qt::CaseInsensitive);
        const std::optional<RiskLevel> residualLikelihood =
            risk.residual ? std::optional(risk.residual->likelihood) : std::nullopt;
        const std::optional<RiskLevel> residualImpact =
            risk.residual ? std::optional(risk.residual->impact) : std::nullopt;
        // In the order of RiskCsvColumns::exported().
        m_rows.append(XlsxRow{
            XlsxCell(riskReference(risk.id)),
            textCell(risk.title),
            textCell(risk.description),
            textCell(RiskCsvValues::listText(names)),
            textCell(risk.threatSource),
            textCell(risk.threatEvent),
            textCell(risk.vulnerability),
            textCell(risk.existingControls),
            levelCell(risk.inherent.likelihood),
            levelCell(risk.inherent.impact),
            levelCell(risk.inherentLevel),
            XlsxCell(riskTreatmentLabel(risk.treatment)),
            textCell(risk.treatmentPlan),
            levelCell(residualLikelihood),
            levelCell(residualImpact),
            levelCell(risk.residualLevel),
            textCell(risk.owner),
            XlsxCell(riskStatusLabel(risk.status)),
            dateCell(risk.identifiedOn),
            dateCell(risk.dueOn),
            textCell(risk.acceptance.approver),
            dateCell(risk.acceptance.acceptedOn),
            textCell(risk.acceptance.rationale),
            dateCell(risk.acceptance.expiresOn),
            dateCell(risk.lastAssessedOn),
            dateCell(risk.nextReassessmentOn),
            textCell(RiskCsvValues::listText(risk.citations)),
            XlsxCell(openTasks.value(risk.id)),
        });
    }
}

RiskTableExporter RiskTableExporter::fromSnapshot(const RiskRegisterSnapshot& snapshot)
{
    return RiskTableExporter(snapshot.risks, snapshot.tasks, snapshot.assets);
}

Result<RiskTableExporter> RiskTableExporter::fromRegister(const RiskRegister& risks,
                                                          const AssetRegister& assets)
{
    Result<std::vector<Risk>> allRisks = risks.risks();
    if (!allRisks)
        return allRisks.error();
    Result<std::vector<RemediationTask>> tasks = risks.allTasks();
    if (!tasks)
        return tasks.error();
    Result<std::vector<Asset>> allAssets = assets.assets();
    if (!allAssets)
        return allAssets.error();
    return RiskTableExporter(*allRisks, *tasks, *allAssets);
}

QStringList RiskTableExporter::header()
{
    return RiskCsvColumns::exported();
}

QString RiskTableExporter::cellText(const XlsxCell& cell)
{
    switch (cell.kind()) {
    case XlsxCell::Kind::Date:
        return RiskCsvValues::dateText(cell.date());
    case XlsxCell::Kind::Empty:
        return {};
    default:
        return cell.displayText();
    }
}

QList<QStringList> RiskTableExporter::textRows() const
{
    return SheetFile::textRows(m_rows, &cellText);
}

XlsxSheet RiskTableExporter::sheet() const
{
    return SheetFile::sheet(tr("Risks"), header(), m_rows);
}

Result<void> RiskTableExporter::saveCsv(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveCsv(header(), textRows(), path, policy);
}

Result<void> RiskTableExporter::saveXlsx(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveXlsx(sheet(), path, policy);
}

} // namespace palisade
