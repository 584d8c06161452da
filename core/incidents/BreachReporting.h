#pragma once

#include "core/incidents/BreachLogEntry.h"
#include "core/incidents/CoveredEntityTerms.h"
#include "core/incidents/Incident.h"
#include "core/incidents/IncidentDeadline.h"
#include "core/incidents/IncidentNotification.h"
#include "core/incidents/RequiredNotification.h"
#include "core/util/Result.h"
#include "core/vendors/Agreement.h"
#include "core/vendors/Counterparty.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace palisade {

class Program;

// Where the program stands on breach notification, read from the incidents,
// the notices sent, the States' rules and the upstream BAAs: which notices
// each breach calls for by when (BreachNotificationRules), how far each is
// from its deadline, and the yearly breach log HHS's annual submission asks
// for. Reads only; construct it when needed.
class BreachReporting
{
    Q_DECLARE_TR_FUNCTIONS(palisade::BreachReporting)

public:
    explicit BreachReporting(Program& program);

    // The breach-notice terms of each covered entity of the incident: the
    // upstream agreement in effect with it on the discovery date (the
    // shortest notice when several are).
    Result<std::vector<CoveredEntityTerms>> coveredEntityTerms(const Incident& incident) const;
    Result<std::vector<RequiredNotification>> requiredNotifications(qint64 incidentId) const;
    // Every notice owed by a reportable incident and where it stands on
    // `asOf`: for an open incident, all of them, sent or not; for a closed
    // one, only those never sent, since closing an incident with a notice
    // still owed is itself a finding. By due date, then incident.
    Result<std::vector<IncidentDeadline>> deadlines(const QDate& asOf) const;
    // The breaches (Breach or PresumedBreach) discovered in `year`, by
    // discovery date: what the annual submission to HHS asks for each.
    Result<std::vector<BreachLogEntry>> breachLog(int year) const;

private:
    struct Parties
    {
        std::vector<Counterparty> counterparties;
        std::vector<Agreement> agreements;
    };
    Result<Parties> parties() const;

    Program& m_program;
};

} // namespace palisade
