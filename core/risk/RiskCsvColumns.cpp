#include "core/risk/RiskCsvColumns.h"

namespace palisade {

QStringList RiskCsvColumns::required()
{
    return {title, likelihood, impact, owner, identifiedOn};
}

QStringList RiskCsvColumns::optional()
{
    QStringList columns = exported();
    for (const QString& column : required())
        columns.removeAll(column);
    return columns;
}

QStringList RiskCsvColumns::computed()
{
    return {reference, inherentLevel, residualLevel, openTasks};
}

QStringList RiskCsvColumns::exported()
{
    return {reference,
            title,
            description,
            assets,
            threatSource,
            threatEvent,
            vulnerability,
            existingControls,
            likelihood,
            impact,
            inherentLevel,
            treatment,
            treatmentPlan,
            residualLikelihood,
            residualImpact,
            residualLevel,
            owner,
            status,
            identifiedOn,
            dueOn,
            acceptedBy,
            acceptedOn,
            acceptanceRationale,
            acceptanceExpiresOn,
            lastAssessedOn,
            nextReassessmentOn,
            citations,
            openTasks};
}

} // namespace palisade
