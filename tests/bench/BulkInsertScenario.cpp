#include "core/program/Program.h"
#include "core/risk/RiskRegister.h"
#include "core/util/SecretBuffer.h"
#include "core/util/SystemClock.h"
#include "tests/bench/BenchScenarios.h"
#include "tests/bench/RawRowCopy.h"
#include "tests/bench/RiskGenerator.h"

#include <QElapsedTimer>

namespace palisade::bench {
namespace {

constexpr int riskCount = 20000;

Result<std::unique_ptr<Program>> newProgram(const BenchInput& input, const QString& name,
                                            const Clock& clock)
{
    ProgramProfile profile;
    profile.organization = QStringLiteral("Riverbend Coding Services");
    profile.officerName = QStringLiteral("Demo Officer");
    profile.officerRole = OfficerRole::PrivacyAndSecurityOfficer;
    return Program::create(input.workDir + QLatin1Char('/') + name,
                           SecretBuffer::fromString(input.passphrase), profile, clock);
}

} // namespace

// The same 20,000 risks written twice into two new program files: through
// RiskRegister::addAll (the rules, one audited transaction, an audit event per
// risk) and as the very rows that call wrote, inserted by a loop of raw
// SQLCipher prepared statements in one transaction. The figure is the ratio
// of the two times: what the register's rules and audit trail cost over the
// bare writes.
Result<Measurement> measureBulkInsert(const BenchInput& input)
{
    const SystemClock clock;
    Result<std::unique_ptr<Program>> registered =
        newProgram(input, QStringLiteral("a.palisade"), clock);
    if (!registered)
        return registered.error();
    Result<std::unique_ptr<Program>> raw = newProgram(input, QStringLiteral("b.palisade"), clock);
    if (!raw)
        return raw.error();
    const RawRowCopy baseline = RawRowCopy::startingFrom(registered.value()->database());

    RiskGenerator generator;
    std::vector<Risk> risks;
    risks.reserve(riskCount);
    for (int i = 0; i < riskCount; ++i)
        risks.push_back(generator.next(i));
    QElapsedTimer timer;
    timer.start();
    const Result<std::vector<Risk>> added = registered.value()->risks().addAll(std::move(risks));
    const double registerSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!added)
        return added.error();

    Result<RawRowCopy::Rows> rows = baseline.rowsAdded(registered.value()->database());
    if (!rows)
        return rows.error();
    timer.restart();
    const Result<void> inserted = RawRowCopy::insert(raw.value()->database(), *rows);
    const double rawSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!inserted)
        return inserted.error();
    return Measurement{registerSeconds / rawSeconds,
                       QStringLiteral("register %1 s, raw %2 s, %L3 rows")
                           .arg(registerSeconds, 0, 'f', 2)
                           .arg(rawSeconds, 0, 'f', 2)
                           .arg(rows->rowCount())};
}

} // namespace palisade::bench
