#pragma once

#include <QString>
#include <optional>

namespace palisade {

// What the notice to a covered entity whose PHI an incident involved depends
// on: the breach-notice period of the business associate agreement in effect
// with it on the day of discovery, if any.
struct CoveredEntityTerms
{
    qint64 counterpartyId = 0;
    QString name;
    std::optional<int> breachNoticeDays; // none: no agreement in effect
    QString agreement;                   // its reference ("BAA-0003"), when there is one

    friend bool operator==(const CoveredEntityTerms&, const CoveredEntityTerms&) = default;
};

} // namespace palisade
