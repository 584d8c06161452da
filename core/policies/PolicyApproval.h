#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace palisade {

// One sign-off of a policy revision, in a role the policy asks for.
struct PolicyApproval
{
    qint64 id = 0; // 0 until stored
    qint64 revisionId = 0;
    QString approver;
    QString role; // e.g. "Chief Executive"
    QDate approvedOn;
    QString meaning;      // what the signature means, e.g. "Executive approval"
    QDateTime recordedAt; // UTC
    QString recordedBy;

    friend bool operator==(const PolicyApproval&, const PolicyApproval&) = default;
};

} // namespace palisade
