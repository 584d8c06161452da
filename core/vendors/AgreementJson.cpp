#include "core/vendors/AgreementJson.h"

#include "core/util/IsoDate.h"

#include <QJsonArray>

namespace palisade {

QJsonObject AgreementJson::toJson(const Agreement& agreement)
{
    QJsonArray flowsDown;
    for (qint64 id : agreement.flowsDownFrom)
        flowsDown.append(QString::number(id));
    QJsonObject provisions;
    for (const ProvisionCheck& check : agreement.provisions) {
        provisions.insert(check.provision,
                          QJsonObject{{QStringLiteral("state"), provisionStateKey(check.state)},
                                      {QStringLiteral("clause"), check.clauseReference}});
    }
    return QJsonObject{
        {QStringLiteral("id"), QString::number(agreement.id)},
        {QStringLiteral("counterparty_id"), QString::number(agreement.counterpartyId)},
        {QStringLiteral("title"), agreement.title},
        {QStringLiteral("direction"), agreementDirectionKey(agreement.direction)},
        {QStringLiteral("flows_down_from"), flowsDown},
        {QStringLiteral("status"), agreementStatusKey(agreement.status)},
        {QStringLiteral("signed_on"), isoDate(agreement.signedOn)},
        {QStringLiteral("effective_on"), isoDate(agreement.effectiveOn)},
        {QStringLiteral("expires_on"), isoDate(agreement.expiresOn)},
        {QStringLiteral("evergreen"), agreement.evergreen},
        {QStringLiteral("renewal_terms"), agreement.renewalTerms},
        {QStringLiteral("review_cadence_months"), agreement.reviewCadenceMonths},
        {QStringLiteral("last_reviewed_on"), isoDate(agreement.lastReviewedOn)},
        {QStringLiteral("next_review_on"), isoDate(agreement.nextReviewOn)},
        {QStringLiteral("breach_notice_days"), agreement.breachNoticeDays},
        {QStringLiteral("incident_report_days"), agreement.incidentReportDays},
        {QStringLiteral("permitted_uses"), agreement.permittedUses},
        {QStringLiteral("terminated_on"), isoDate(agreement.terminatedOn)},
        {QStringLiteral("phi_disposition"), phiDispositionKey(agreement.disposition)},
        {QStringLiteral("disposition_attested_on"), isoDate(agreement.dispositionAttestedOn)},
        {QStringLiteral("disposition_attested_by"), agreement.dispositionAttestedBy},
        {QStringLiteral("notes"), agreement.notes},
        {QStringLiteral("provisions"), provisions},
    };
}

QJsonObject AgreementJson::toJson(const AgreementDocument& document)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(document.id)},
        {QStringLiteral("agreement_id"), QString::number(document.agreementId)},
        {QStringLiteral("kind"), documentKindKey(document.kind)},
        {QStringLiteral("file_name"), document.fileName},
        {QStringLiteral("sha256"), document.sha256},
        {QStringLiteral("size"), QString::number(document.size)},
        {QStringLiteral("page_count"), document.pageCount},
    };
}

} // namespace palisade
