#pragma once

#include "core/incidents/BreachStatus.h"
#include "core/incidents/CoveredEntityTerms.h"
#include "core/incidents/Incident.h"
#include "core/incidents/RequiredNotification.h"
#include "core/incidents/StateNotificationRule.h"

#include <vector>

namespace palisade {

// Every rule that says whether an incident is a reportable breach and which
// notices it calls for by when, in one place. Pure functions of their
// arguments: no clock, no SQL. "Days" are calendar days after discovery: a
// breach discovered on 1 March with 60 days is due by 30 April.
//
// status(incident):
//  - PHI secured (encrypted per NIST SP 800-111, key not compromised):
//    SecuredPhi, never a reportable breach (164.402, "unsecured PHI");
//  - else, a documented assessment concluding a low probability of
//    compromise: LowProbability;
//  - else, an assessment concluding otherwise: Breach;
//  - else PresumedBreach: without a documented assessment the law presumes a
//    breach, so every notice below is owed.
//
// required(incident, coveredEntities, stateRules), for Breach and
// PresumedBreach with a discovery date (nothing otherwise):
//  1. For each covered entity whose PHI it is (we are its business
//     associate): notice within 60 days, or the agreement's breach-notice
//     period when shorter (164.410).
//  2. When the PHI is ours (no covered entity named), or the agreement
//     delegates it to us:
//     - individuals within 60 days (164.404);
//     - the media of each State or jurisdiction with more than 500 of its
//       residents affected, within 60 days (164.406): 500 is not enough,
//       501 is;
//     - HHS within 60 days when 500 or more are affected in total; fewer, on
//       the annual log, due 60 days after the end of the calendar year of
//       discovery (1 March, or 29 February in a leap year) (164.408);
//     - each State rule whose jurisdiction has at least minimumResidents
//       affected, within its days.
// The list is ordered by due date, then recipient.
class BreachNotificationRules
{
public:
    static constexpr int noticeDays = 60;
    // Media notice needs more than this many residents of one State.
    static constexpr int mediaThreshold = 500;
    // HHS is told with the individuals from this many in total.
    static constexpr int hhsThreshold = 500;

    static BreachStatus status(const Incident& incident);
    static bool isReportable(BreachStatus status);
    // The annual log's deadline for breaches discovered in `year`.
    static QDate annualLogDue(int year);

    static std::vector<RequiredNotification>
    required(const Incident& incident, const std::vector<CoveredEntityTerms>& coveredEntities,
             const std::vector<StateNotificationRule>& stateRules);
};

} // namespace palisade
