#include "tests/bench/BenchScenarios.h"

namespace palisade::bench {

const std::vector<BenchScenario>& benchScenarios()
{
    static const std::vector<BenchScenario> scenarios = {
        {QStringLiteral("demo"), QStringLiteral("Generate the large demonstration program"),
         QStringLiteral("s"), 60.0, std::nullopt, 1, measureDemoGeneration},
        {QStringLiteral("unlock"), QStringLiteral("Unlock: key derivation and first read"),
         QStringLiteral("s"), std::nullopt, std::nullopt, 5, measureUnlock},
        {QStringLiteral("cold-start"), QStringLiteral("Cold start to the main window (large)"),
         QStringLiteral("s"), std::nullopt, std::nullopt, 5, measureColdStart},
        {QStringLiteral("bulk-insert"),
         QStringLiteral("20,000 risks: register ÷ raw prepared statements"), QStringLiteral("×"),
         1.5, std::nullopt, 5, measureBulkInsert},
        {QStringLiteral("filter"), QStringLiteral("Risk table filter, slowest keystroke (100,000)"),
         QStringLiteral("ms"), 50.0, std::nullopt, 5, measureFilterKeystroke},
        {QStringLiteral("training-matrix"),
         QStringLiteral("Training matrix as of a date (5,000 people)"), QStringLiteral("s"),
         std::nullopt, std::nullopt, 5, measureTrainingMatrix},
        {QStringLiteral("audit-verify"),
         QStringLiteral("Verify the audit trail (1,000,000 events)"), QStringLiteral("s"), 3.0,
         std::nullopt, 5, measureAuditVerify},
        {QStringLiteral("evidence-pack"), QStringLiteral("Full evidence pack, twelve months"),
         QStringLiteral("s"), 3.0, 300, 5, measureEvidencePack},
    };
    return scenarios;
}

} // namespace palisade::bench
