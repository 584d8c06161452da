#pragma once

#include "core/risk/RiskRegisterSnapshot.h"
#include "core/util/Result.h"

namespace palisade {

class AuditTrail;

// Rebuilds the risk register as it stood at a past moment from the audit
// trail alone. Every risk-register event records the whole state of its record
// after the change (or nothing, for a deletion), so the last event per record
// before the cutoff is that record's state at the cutoff.
class RiskRegisterReplay
{
public:
    explicit RiskRegisterReplay(const AuditTrail& trail);

    // `asOf` is a local calendar day; the snapshot includes everything
    // recorded before the end of that day.
    Result<RiskRegisterSnapshot> asOf(const QDate& day) const;
    Result<RiskRegisterSnapshot> at(const QDateTime& cutoffUtc) const;

private:
    const AuditTrail& m_trail;
};

} // namespace palisade
