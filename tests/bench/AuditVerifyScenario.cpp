#include "core/program/Program.h"
#include "core/util/SystemClock.h"
#include "tests/bench/BenchProgram.h"
#include "tests/bench/BenchScenarios.h"

#include <QElapsedTimer>

namespace palisade::bench {

// What `palisade-cli audit verify` does on the large program: every event's
// hash recomputed and chained to the one before.
Result<Measurement> measureAuditVerify(const BenchInput& input)
{
    const SystemClock clock;
    Result<std::unique_ptr<Program>> unlocked = BenchProgram::readOnly(input, clock);
    if (!unlocked)
        return unlocked.error();
    QElapsedTimer timer;
    timer.start();
    const ChainVerification verification = unlocked.value()->auditTrail().verify();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!verification.intact)
        return Error{ErrorKind::Integrity, verification.describe(), {}};
    return Measurement{seconds,
                       QStringLiteral("%L1 events, intact").arg(verification.eventsChecked)};
}

} // namespace palisade::bench
