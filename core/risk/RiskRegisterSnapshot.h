#pragma once

#include "core/risk/Asset.h"
#include "core/risk/RemediationTask.h"
#include "core/risk/Risk.h"
#include "core/risk/RiskMatrix.h"

#include <QDate>
#include <QDateTime>

#include <vector>

namespace palisade {

// The risk register as it stood at one moment: what an auditor asks for when
// they say "show me your risk analysis as of March 1".
struct RiskRegisterSnapshot
{
    QDate asOf;         // the calendar day asked for (local time)
    QDateTime cutoff;   // UTC; events before this moment are included
    RiskMatrix matrix;  // the matrix in force then
    std::vector<Risk> risks; // ascending id, levels from `matrix`
    std::vector<RemediationTask> tasks;
    std::vector<Asset> assets;
    qint64 eventsReplayed = 0;
    // Records that existed then but were disposed of after their retention
    // period since: their states were removed from the audit trail.
    qint64 disposedRecords = 0;
};

} // namespace palisade
