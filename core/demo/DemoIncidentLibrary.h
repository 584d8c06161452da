#pragma once

#include "core/incidents/FactorRating.h"
#include "core/incidents/IncidentKind.h"

#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace palisade {

// An incident as a coding and billing firm meets it, with the four-factor
// assessment its handler would write and the corrective actions it calls for.
struct DemoIncidentScenario
{
    QString title;
    IncidentKind kind;
    QString description;
    QStringList phiTypes;
    bool phiSecured;     // encrypted device: not unsecured PHI
    bool lowProbability; // the assessment's conclusion
    int fewestAffected;
    int mostAffected;
    std::array<FactorRating, 4> ratings;
    std::array<QString, 4> narratives;
    QString conclusion;
    QString containment;
    QStringList actions;
};

class DemoIncidentLibrary
{
public:
    static const std::vector<DemoIncidentScenario>& scenarios();
    // The scenarios the open incidents of today are drawn from, by role.
    static const DemoIncidentScenario& openBreach();
    static const DemoIncidentScenario& overdueBreach();
    static const DemoIncidentScenario& securedDevice();
};

} // namespace palisade
