#include "core/vendors/AgreementValidator.h"

namespace palisade {

QStringList AgreementValidator::problems(const Agreement& agreement) const
{
    QStringList out;
    if (agreement.title.trimmed().isEmpty())
        out << tr("Give the agreement a title, e.g. \"BAA with Lakeside Clinic\".");
    else if (agreement.title.size() > maximumTitleLength)
        out << tr("The title is longer than %1 characters.").arg(maximumTitleLength);
    if (agreement.counterpartyId <= 0)
        out << tr("Choose the counterparty the agreement is with.");
    if (agreement.breachNoticeDays < 1 || agreement.breachNoticeDays > maximumNoticeDays)
        out << tr("The breach-notice deadline must be between 1 and %1 days.")
                   .arg(maximumNoticeDays);
    if (agreement.incidentReportDays < 1 || agreement.incidentReportDays > maximumNoticeDays)
        out << tr("The security-incident reporting deadline must be between 1 and %1 days.")
                   .arg(maximumNoticeDays);
    if (agreement.reviewCadenceMonths < 1 ||
        agreement.reviewCadenceMonths > maximumReviewCadenceMonths)
        out << tr("Review the agreement every 1 to %1 months.").arg(maximumReviewCadenceMonths);
    if (agreement.direction == AgreementDirection::Upstream && !agreement.flowsDownFrom.empty())
        out << tr("Only a downstream agreement flows down from upstream ones.");
    return out + dateProblems(agreement) + endProblems(agreement) + dispositionProblems(agreement);
}

QStringList AgreementValidator::dateProblems(const Agreement& agreement) const
{
    QStringList out;
    if (agreementStatusIsSigned(agreement.status)) {
        if (!agreement.signedOn.isValid())
            out << tr("A signed agreement needs the date it was signed.");
        if (!agreement.effectiveOn.isValid())
            out << tr("A signed agreement needs the date it takes effect.");
        if (!agreement.evergreen && !agreement.expiresOn.isValid())
            out << tr("Give the expiration date, or mark the agreement evergreen.");
    }
    if (agreement.signedOn.isValid() && agreement.signedOn > m_today)
        out << tr("The signing date is in the future.");
    if (agreement.evergreen && agreement.expiresOn.isValid())
        out << tr("An evergreen agreement has no expiration date; clear one or the other.");
    if (agreement.effectiveOn.isValid() && agreement.expiresOn.isValid() &&
        agreement.expiresOn < agreement.effectiveOn)
        out << tr("The agreement expires before it takes effect.");
    if (agreement.lastReviewedOn.isValid() && agreement.lastReviewedOn > m_today)
        out << tr("The last review date is in the future.");
    return out;
}

QStringList AgreementValidator::endProblems(const Agreement& agreement) const
{
    QStringList out;
    if (agreement.status == AgreementStatus::Terminated) {
        if (!agreement.terminatedOn.isValid())
            out << tr("A terminated agreement needs its termination date.");
        else if (agreement.terminatedOn > m_today)
            out << tr(
                "The termination date is in the future; keep the agreement active until then.");
        else if (agreement.effectiveOn.isValid() && agreement.terminatedOn < agreement.effectiveOn)
            out << tr("The agreement is terminated before it takes effect.");
    } else if (agreement.terminatedOn.isValid()) {
        out << tr("Only a terminated agreement has a termination date.");
    }
    if (agreement.status == AgreementStatus::Expired) {
        if (agreement.evergreen)
            out << tr("An evergreen agreement does not expire; terminate it instead.");
        else if (agreement.expiresOn.isValid() && agreement.expiresOn >= m_today)
            out << tr("The agreement has not expired yet: it runs until %1.")
                       .arg(agreement.expiresOn.toString(Qt::ISODate));
    }
    return out;
}

QStringList AgreementValidator::dispositionProblems(const Agreement& agreement) const
{
    QStringList out;
    const bool ended = agreement.status == AgreementStatus::Terminated ||
                       agreement.status == AgreementStatus::Expired;
    if (agreement.disposition == PhiDisposition::Pending) {
        if (agreement.dispositionAttestedOn.isValid() ||
            !agreement.dispositionAttestedBy.trimmed().isEmpty())
            out << tr("Say whether the PHI was returned or destroyed, or clear the attestation.");
        return out;
    }
    if (!ended)
        out << tr("Return or destruction of PHI is attested only once the agreement has ended.");
    if (!agreement.dispositionAttestedOn.isValid())
        out << tr("Give the date of the return-or-destroy attestation.");
    else if (agreement.dispositionAttestedOn > m_today)
        out << tr("The attestation date is in the future.");
    if (agreement.dispositionAttestedBy.trimmed().isEmpty())
        out << tr("Name who attested the return or destruction of PHI.");
    return out;
}

} // namespace palisade
