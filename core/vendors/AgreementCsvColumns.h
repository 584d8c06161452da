#pragma once

#include <QString>
#include <QStringList>

namespace palisade {

// The columns of an agreement CSV file, shared by import and export; a file
// format, so never translated. The checklist has one column per required
// provision, named provision_ and the BaaProvision key, so that
// provision_permitted_uses (the clause) cannot be mistaken for
// permitted_uses (the agreed uses). The computed columns (reference,
// completeness) are written on export and ignored on import.
class AgreementCsvColumns
{
public:
    static inline const QString reference = QStringLiteral("reference");
    static inline const QString counterparty = QStringLiteral("counterparty");
    static inline const QString title = QStringLiteral("title");
    static inline const QString direction = QStringLiteral("direction");
    static inline const QString status = QStringLiteral("status");
    static inline const QString signedOn = QStringLiteral("signed_on");
    static inline const QString effectiveOn = QStringLiteral("effective_on");
    static inline const QString expiresOn = QStringLiteral("expires_on");
    static inline const QString evergreen = QStringLiteral("evergreen");
    static inline const QString renewalTerms = QStringLiteral("renewal_terms");
    static inline const QString reviewCadenceMonths = QStringLiteral("review_cadence_months");
    static inline const QString lastReviewedOn = QStringLiteral("last_reviewed_on");
    static inline const QString nextReviewOn = QStringLiteral("next_review_on");
    static inline const QString breachNoticeDays = QStringLiteral("breach_notice_days");
    static inline const QString incidentReportDays = QStringLiteral("incident_report_days");
    static inline const QString permittedUses = QStringLiteral("permitted_uses");
    static inline const QString terminatedOn = QStringLiteral("terminated_on");
    static inline const QString phiDisposition = QStringLiteral("phi_disposition");
    static inline const QString dispositionAttestedOn = QStringLiteral("disposition_attested_on");
    static inline const QString dispositionAttestedBy = QStringLiteral("disposition_attested_by");
    static inline const QString flowsDownFrom = QStringLiteral("flows_down_from");
    static inline const QString completeness = QStringLiteral("completeness_percent");
    static inline const QString notes = QStringLiteral("notes");

    static inline const QString provisionPrefix = QStringLiteral("provision_");
    // "provision_safeguards" for the key "safeguards".
    static QString provision(const QString& key);
    // One column per BaaProvision, in catalog order.
    static QStringList provisions();

    static QStringList required();
    // Accepted on import; the computed columns among them are ignored.
    static QStringList optional();
    // Written on export but recomputed rather than read on import.
    static QStringList computed();
    // The export's columns, in order.
    static QStringList exported();
};

} // namespace palisade
