#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace palisade {

// A person's acknowledgment of one approved policy revision; at most one per
// person and revision.
struct PolicyAcknowledgment
{
    qint64 id = 0; // 0 until stored
    qint64 personId = 0;
    qint64 revisionId = 0; // policy_revision id
    QDate acknowledgedOn;
    QDateTime recordedAt; // UTC
    QString recordedBy;

    friend bool operator==(const PolicyAcknowledgment&, const PolicyAcknowledgment&) = default;
};

} // namespace palisade
