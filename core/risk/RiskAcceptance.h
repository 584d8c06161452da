#pragma once

#include <QDate>
#include <QString>

namespace palisade {

// The record of a decision to accept a risk rather than reduce it. The
// acceptance lapses on `expiresOn`, when the risk comes back for review.
struct RiskAcceptance
{
    QString approver;
    QDate acceptedOn;
    QString rationale;
    QDate expiresOn;

    bool isEmpty() const
    {
        return approver.isEmpty() && !acceptedOn.isValid() && rationale.isEmpty() && !expiresOn.isValid();
    }

    friend bool operator==(const RiskAcceptance&, const RiskAcceptance&) = default;
};

} // namespace palisade
