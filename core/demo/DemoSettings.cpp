#include "core/demo/DemoSettings.h"

namespace palisade {

DemoSettings DemoSettings::forScale(DemoScale scale, quint32 seed)
{
    DemoSettings settings;
    settings.scale = scale;
    settings.seed = seed;
    switch (scale) {
    case DemoScale::Small:
        settings.assets = 14;
        settings.risks = 30;
        settings.coveredEntities = 11;
        settings.subcontractors = 7;
        settings.otherVendors = 3;
        settings.people = 48;
        settings.terminatedPercent = 16;
        settings.extraPolicies = 0;
        settings.allStaffPolicyPercent = 0;
        settings.incidents = 5;
        settings.phishingCampaignsPerYear = 4;
        break;
    case DemoScale::Medium:
        settings.assets = 60;
        settings.risks = 500;
        settings.coveredEntities = 140;
        settings.subcontractors = 30;
        settings.otherVendors = 10;
        settings.people = 600;
        settings.terminatedPercent = 18;
        settings.extraPolicies = 48;
        settings.allStaffPolicyPercent = 15;
        settings.incidents = 18;
        settings.phishingCampaignsPerYear = 6;
        break;
    case DemoScale::Large:
        settings.assets = 400;
        settings.risks = 5000;
        settings.coveredEntities = 1100;
        settings.subcontractors = 220;
        settings.otherVendors = 60;
        settings.people = 5000;
        settings.terminatedPercent = 18;
        settings.extraPolicies = 288;
        settings.allStaffPolicyPercent = 20;
        settings.incidents = 60;
        settings.phishingCampaignsPerYear = 12;
        break;
    }
    return settings;
}

} // namespace palisade
