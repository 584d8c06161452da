#pragma once

#include "core/program/Program.h"
#include "tests/bench/BenchScenario.h"

#include <memory>

namespace palisade::bench {

// The large program opened the two ways scenarios need it.
class BenchProgram
{
public:
    // Read-only: nothing is recorded, so the file itself can be used.
    static Result<std::unique_ptr<Program>> readOnly(const BenchInput& input, const Clock& clock);
    // A copy named `name` in the run's scratch folder, to open for work:
    // unlocking and exporting are recorded in the audit trail.
    static Result<QString> copy(const BenchInput& input, const QString& name);
    // The copy at `path`, unlocked for work.
    static Result<std::unique_ptr<Program>> forWork(const QString& path, const BenchInput& input,
                                                    const Clock& clock);
};

} // namespace palisade::bench
