#pragma once

#include "core/policies/PolicyCategory.h"

#include <QDate>
#include <QString>

namespace palisade {

// Where one policy stands against its review cycle on a given day.
struct PolicyReviewItem
{
    qint64 policyId = 0;
    QString code;
    QString title;
    QString owner;
    PolicyCategory category = PolicyCategory::Security;
    // The revision in effect; 0 when none is, which is itself a finding.
    qint64 revisionId = 0;
    int revisionNumber = 0;
    QDate lastApprovedOn;
    QDate nextReviewOn;  // last approval + the review cycle
    int daysOverdue = 0; // days past nextReviewOn; 0 when not overdue
    bool overdue = false;
    bool dueSoon = false; // within PolicyReviewList::dueSoonDays, not overdue

    bool hasEffectiveRevision() const { return revisionId != 0; }

    friend bool operator==(const PolicyReviewItem&, const PolicyReviewItem&) = default;
};

} // namespace palisade
