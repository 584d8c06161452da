#include "core/incidents/BreachAssessment.h"

#include <QCoreApplication>

namespace palisade {

QString breachFactorTitle(BreachAssessment::Factor factor)
{
    switch (factor) {
    case BreachAssessment::NatureAndExtent:
        return QCoreApplication::translate("palisade::BreachAssessment",
                                           "Nature and extent of the PHI");
    case BreachAssessment::UnauthorizedPerson:
        return QCoreApplication::translate("palisade::BreachAssessment", "The unauthorized person");
    case BreachAssessment::AcquiredOrViewed:
        return QCoreApplication::translate("palisade::BreachAssessment", "Acquired or viewed");
    case BreachAssessment::Mitigation:
        return QCoreApplication::translate("palisade::BreachAssessment", "Extent of mitigation");
    }
    return {};
}

QString breachFactorQuestion(BreachAssessment::Factor factor)
{
    switch (factor) {
    case BreachAssessment::NatureAndExtent:
        return QCoreApplication::translate(
            "palisade::BreachAssessment",
            "What PHI was involved: which identifiers, how sensitive, and how likely is it that "
            "the individuals can be identified from it?");
    case BreachAssessment::UnauthorizedPerson:
        return QCoreApplication::translate(
            "palisade::BreachAssessment",
            "Who used the PHI or received it? Are they bound to protect it (another covered "
            "entity, a business associate, a workforce member)?");
    case BreachAssessment::AcquiredOrViewed:
        return QCoreApplication::translate(
            "palisade::BreachAssessment",
            "Was the PHI actually acquired or viewed, or only exposed to the chance of it "
            "(for example, a forensic review shows the file was never opened)?");
    case BreachAssessment::Mitigation:
        return QCoreApplication::translate(
            "palisade::BreachAssessment",
            "How far was the risk mitigated: returned or destroyed, with assurances from the "
            "recipient that it was not kept, used or disclosed further?");
    }
    return {};
}

} // namespace palisade
