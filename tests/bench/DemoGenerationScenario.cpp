#include "core/demo/DemoClock.h"
#include "core/demo/DemoGenerator.h"
#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "core/util/SystemClock.h"
#include "tests/bench/BenchScenarios.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace palisade::bench {

// What `palisade-cli demo --scale large --seed 1` does, into input.program:
// creating the file, generating six years of the program, locking it.
Result<Measurement> measureDemoGeneration(const BenchInput& input)
{
    const DemoSettings settings = DemoSettings::forScale(DemoScale::Large, 1);
    const QDateTime now = SystemClock().nowUtc();
    DemoClock clock(DemoGenerator::startOf(settings, now));
    ProgramProfile profile;
    profile.organization = QStringLiteral("Riverbend Coding Services");
    profile.officerName = QStringLiteral("Demo Officer");
    profile.officerRole = OfficerRole::PrivacyAndSecurityOfficer;
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Program>> created =
        Program::create(input.program, SecretBuffer::fromString(input.passphrase), profile, clock,
                        DemoGenerator::vault());
    if (!created)
        return created.error();
    const Result<DemoTally> tally = DemoGenerator(*created.value(), clock, settings, now).run();
    if (!tally)
        return tally.error();
    const qint64 events = created.value()->auditTrail().lastSeq();
    created.value()->lock(QStringLiteral("bench"));
    created.value().reset();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return Measurement{seconds, QStringLiteral("%L1 audit events, %L2 MB file")
                                    .arg(events)
                                    .arg(double(QFileInfo(input.program).size()) / 1e6, 0, 'f', 0)};
}

} // namespace palisade::bench
