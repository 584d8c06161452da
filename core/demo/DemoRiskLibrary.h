#pragma once

#include "core/risk/AssetKind.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

// An asset of a coding and billing firm that holds ePHI, and how PHI reaches it.
struct DemoAssetType
{
    QString name;
    AssetKind kind;
    QString phiHeld;
    QString flowSource;
    QString flowDestination;
    QString channel;
    bool encryptedInTransit;
};

// A risk as the risk analysis words it, after NIST SP 800-30 Rev. 1
// (threat sources of Table D-2, threat events of Table E-2), with the
// remediation it calls for and the Security Rule it bears on.
struct DemoRiskScenario
{
    QString title;
    std::vector<AssetKind> kinds; // the assets it applies to
    QString threatSource;
    QString threatEvent;
    QString vulnerability;
    QString existingControls;
    QString treatmentPlan;
    QStringList tasks;
    QStringList citations;
};

class DemoRiskLibrary
{
public:
    static const std::vector<DemoAssetType>& assetTypes();
    static const QStringList& sites(); // where further copies of an asset live
    static const std::vector<DemoRiskScenario>& scenarios();
    static const QStringList& acceptanceRationales();
    static const QStringList& transferPlans();
};

} // namespace palisade
