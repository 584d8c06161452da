#pragma once

#include <QDate>
#include <QString>

namespace palisade {

// One line of the vendor due list.
struct BaaDueItem
{
    enum class Kind
    {
        NoAgreementInEffect,      // a counterparty shares PHI and no BAA is in effect
        Expired,                  // still marked active after its expiration date
        ReviewDue,                // review due within the window, or overdue
        Expiring,                 // expires within the window
        MissingProvisions,        // required provisions missing or not yet checked
        NoticeLongerThanUpstream, // a subcontractor may tell us later than we must tell
    };

    Kind kind = Kind::ReviewDue;
    bool overdue = false; // past its date, or a finding that stands now
    qint64 counterpartyId = 0;
    qint64 agreementId = 0; // 0 for counterparty findings
    QDate date;             // the deadline it is about; invalid when none
    QString subject;        // counterparty name, or agreement reference and title
    QString message;        // translated, one sentence

    friend bool operator==(const BaaDueItem&, const BaaDueItem&) = default;
};

} // namespace palisade
