#pragma once

#include "core/demo/DemoScale.h"

#include <QtGlobal>

namespace palisade {

// What a demonstration program holds, for one scale and seed: how many of
// each record the generators make over how many years.
struct DemoSettings
{
    DemoScale scale = DemoScale::Small;
    quint32 seed = 1;
    int years = 6; // of history, ending yesterday

    int assets = 0;
    int risks = 0;
    int coveredEntities = 0;
    int subcontractors = 0;
    int otherVendors = 0;
    int people = 0;                // every workforce member over the years
    int terminatedPercent = 0;     // of them, gone by today
    int extraPolicies = 0;         // beyond the starter templates
    int allStaffPolicyPercent = 0; // of the extra ones, acknowledged by everyone
    int incidents = 0;
    int phishingCampaignsPerYear = 0;
    // Changes per commit while generating: large enough that the file is not
    // synced once per change, small enough to bound the write-ahead log.
    int changesPerCommit = 20000;

    static DemoSettings forScale(DemoScale scale, quint32 seed);
};

} // namespace palisade
