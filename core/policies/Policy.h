#pragma once

#include "core/policies/PolicyCategory.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace palisade {

// A policy of the HIPAA program. Its words live in its numbered revisions.
struct Policy
{
    static constexpr int defaultReviewCycleMonths = 12;

    qint64 id = 0; // 0 until stored
    QString code;  // unique regardless of case, e.g. "SEC-004"
    QString title;
    PolicyCategory category = PolicyCategory::Security;
    QString owner;
    int reviewCycleMonths = defaultReviewCycleMonths;
    QStringList citations;             // Security Rule catalog citations, ascending
    QStringList requiredApprovalRoles; // e.g. "Privacy Officer", "Chief Executive"; in order
    QString templateKey;               // the starter template it came from, if any
    QDate retiredOn;                   // invalid while the policy is in use
    QDateTime createdAt;               // UTC
    QDateTime updatedAt;               // UTC

    bool isRetired() const { return retiredOn.isValid(); }

    friend bool operator==(const Policy&, const Policy&) = default;
};

} // namespace palisade
