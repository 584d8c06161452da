#pragma once

#include "tests/bench/BenchScenario.h"

#include <vector>

namespace palisade::bench {

// Every scenario, in the order they run and are reported; "demo" first,
// because it makes the large program the others read.
const std::vector<BenchScenario>& benchScenarios();

// The measurements, one file each.
Result<Measurement> measureDemoGeneration(const BenchInput& input);
Result<Measurement> measureUnlock(const BenchInput& input);
Result<Measurement> measureColdStart(const BenchInput& input);
Result<Measurement> measureBulkInsert(const BenchInput& input);
Result<Measurement> measureFilterKeystroke(const BenchInput& input);
Result<Measurement> measureTrainingMatrix(const BenchInput& input);
Result<Measurement> measureAuditVerify(const BenchInput& input);
Result<Measurement> measureEvidencePack(const BenchInput& input);

} // namespace palisade::bench
