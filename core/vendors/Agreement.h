#pragma once

#include "core/vendors/AgreementDirection.h"
#include "core/vendors/AgreementStatus.h"
#include "core/vendors/PhiDisposition.h"
#include "core/vendors/ProvisionCheck.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace palisade {

// A business associate agreement, upstream (we are the covered entity's or
// another BA's business associate) or downstream (a subcontractor is ours).
struct Agreement
{
    static constexpr int defaultNoticeDays = 60;
    static constexpr int defaultReviewCadenceMonths = 12;

    qint64 id = 0; // 0 until stored
    qint64 counterpartyId = 0;
    QString title;
    AgreementDirection direction = AgreementDirection::Upstream;
    // Upstream agreement ids, ascending. In a batch given to
    // BaaRegister::addAll, batchLink(k) names the batch's k-th agreement.
    std::vector<qint64> flowsDownFrom;
    AgreementStatus status = AgreementStatus::Draft;
    QDate signedOn;
    QDate effectiveOn;
    QDate expiresOn; // invalid when evergreen
    bool evergreen = false;
    QString renewalTerms;
    int reviewCadenceMonths = defaultReviewCadenceMonths;
    QDate lastReviewedOn;
    QDate nextReviewOn;
    int breachNoticeDays = defaultNoticeDays;
    int incidentReportDays = defaultNoticeDays;
    QString permittedUses;
    QDate terminatedOn;
    PhiDisposition disposition = PhiDisposition::Pending;
    QDate dispositionAttestedOn;
    QString dispositionAttestedBy;
    QString notes;
    std::vector<ProvisionCheck> provisions; // one per BaaProvision, in catalog order
    QDateTime createdAt;                    // UTC
    QDateTime updatedAt;                    // UTC

    static constexpr qint64 batchLink(std::size_t position) { return -qint64(position) - 1; }

    // The last day it is in effect: termination or expiry, whichever is
    // earlier; invalid for an evergreen agreement still in force.
    QDate endsOn() const;
    // Signed, started on or before `day` and not yet ended on `day`.
    bool inEffectOn(const QDate& day) const;
    const ProvisionCheck* check(const QString& provision) const;

    friend bool operator==(const Agreement&, const Agreement&) = default;
};

// "BAA-0007"
QString agreementReference(qint64 id);

} // namespace palisade
