#include "core/vendors/AgreementCsvColumns.h"

#include "core/vendors/BaaProvision.h"

namespace palisade {

QString AgreementCsvColumns::provision(const QString& key)
{
    return provisionPrefix + key;
}

QStringList AgreementCsvColumns::provisions()
{
    QStringList columns;
    for (const BaaProvision& provision : BaaProvision::all())
        columns << AgreementCsvColumns::provision(provision.key);
    return columns;
}

QStringList AgreementCsvColumns::required()
{
    return {counterparty, title, direction};
}

QStringList AgreementCsvColumns::optional()
{
    QStringList columns = exported();
    for (const QString& column : required())
        columns.removeAll(column);
    return columns;
}

QStringList AgreementCsvColumns::computed()
{
    return {reference, completeness};
}

QStringList AgreementCsvColumns::exported()
{
    return QStringList{reference,
                       counterparty,
                       title,
                       direction,
                       status,
                       signedOn,
                       effectiveOn,
                       expiresOn,
                       evergreen,
                       renewalTerms,
                       reviewCadenceMonths,
                       lastReviewedOn,
                       nextReviewOn,
                       breachNoticeDays,
                       incidentReportDays,
                       permittedUses,
                       terminatedOn,
                       phiDisposition,
                       dispositionAttestedOn,
                       dispositionAttestedBy,
                       flowsDownFrom,
                       completeness} +
           provisions() + QStringList{notes};
}

} // namespace palisade
