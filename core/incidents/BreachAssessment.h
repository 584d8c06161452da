#pragma once

#include "core/incidents/FactorRating.h"

#include <QDate>
#include <QString>
#include <array>

namespace palisade {

// The risk assessment of 164.402(2): at least four factors, each rated and
// explained, and the conclusion drawn from them.
struct BreachAssessment
{
    enum Factor
    {
        NatureAndExtent = 0, // the PHI, its identifiers, likelihood of re-identification
        UnauthorizedPerson,  // who used or received it
        AcquiredOrViewed,    // whether it was actually acquired or viewed
        Mitigation,          // to what extent the risk was mitigated
    };
    static constexpr int factorCount = 4;

    struct Answer
    {
        FactorRating rating = FactorRating::High;
        QString narrative;

        friend bool operator==(const Answer&, const Answer&) = default;
    };

    std::array<Answer, factorCount> answers;
    // The conclusion: a low probability that the PHI was compromised (not a
    // breach), or not (a breach).
    bool lowProbability = false;
    QString conclusion; // why, in the assessor's words
    QString assessedBy;
    QDate assessedOn;

    friend bool operator==(const BreachAssessment&, const BreachAssessment&) = default;
};

QString breachFactorTitle(BreachAssessment::Factor factor);    // translated
QString breachFactorQuestion(BreachAssessment::Factor factor); // translated

} // namespace palisade
