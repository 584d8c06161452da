#pragma once

#include "core/util/Result.h"

#include <QString>
#include <functional>
#include <optional>

namespace palisade::bench {

// What one run of a scenario hands to the measurement: the large program file
// to read (never changed: a scenario that writes works on a copy), its
// passphrase, and a folder of its own for scratch files.
struct BenchInput
{
    QString program;
    QString passphrase;
    QString workDir;
};

// One run's figure in the scenario's unit, and a note on what was measured
// ("12,345 items", "591 pages").
struct Measurement
{
    double value = 0;
    QString note;
};

// A figure palisade-bench measures. Each run is a fresh process, so its peak
// memory is the scenario's own and a cold start is cold.
struct BenchScenario
{
    QString name;                 // as given to --only
    QString title;                // the row of the table
    QString unit;                 // "s", "ms" or "×"
    std::optional<double> target; // the value must stay below it
    std::optional<long> targetPeakMb;
    int runs = 5;
    std::function<Result<Measurement>(const BenchInput&)> run;
};

} // namespace palisade::bench
