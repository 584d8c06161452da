#include "ui/incidents/BreachStatusText.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/util/IsoDate.h"

namespace palisade::ui {

QString BreachStatusText::explanation(const Incident& incident)
{
    switch (BreachNotificationRules::status(incident)) {
    case BreachStatus::SecuredPhi:
        return tr("Not a reportable breach: the PHI was secured (%1), so it was not unsecured "
                  "PHI under 45 CFR 164.402 and no breach notice is owed.")
            .arg(incident.securedBasis.isEmpty() ? tr("no reason given") : incident.securedBasis);
    case BreachStatus::LowProbability:
        return tr("Not a breach: the four-factor assessment of %1 by %2 found a low probability "
                  "that the PHI was compromised (45 CFR 164.402(2)). No breach notice is owed.")
            .arg(isoDate(incident.assessment->assessedOn), incident.assessment->assessedBy);
    case BreachStatus::Breach:
        return tr("A breach: the four-factor assessment of %1 by %2 did not show a low "
                  "probability that the PHI was compromised. The notices it calls for are owed.")
            .arg(isoDate(incident.assessment->assessedOn), incident.assessment->assessedBy);
    case BreachStatus::PresumedBreach:
        break;
    }
    return tr("Presumed a breach: no four-factor assessment is on file (45 CFR 164.402). Every "
              "notice is owed until an assessment shows a low probability that the PHI was "
              "compromised.");
}

} // namespace palisade::ui
