#include "core/evidence/EvidencePackRegister.h"
#include "core/program/Program.h"
#include "core/util/SystemClock.h"
#include "tests/bench/BenchProgram.h"
#include "tests/bench/BenchScenarios.h"

#include <QElapsedTimer>

namespace palisade::bench {

// A twelve-month pack of every section, on US Letter, of a copy of the large
// program (the export is recorded in the audit trail): reading the program,
// laying out and painting the PDF, writing it and recording the export.
Result<Measurement> measureEvidencePack(const BenchInput& input)
{
    const Result<QString> path = BenchProgram::copy(input, QStringLiteral("pack.palisade"));
    if (!path)
        return path.error();
    const SystemClock clock;
    Result<std::unique_ptr<Program>> unlocked = BenchProgram::forWork(*path, input, clock);
    if (!unlocked)
        return unlocked.error();
    Program& program = *unlocked.value();

    PackRequest request;
    request.to = clock.today().addDays(-1);
    request.from = request.to.addMonths(-12).addDays(1);
    const auto sections = allPackSections();
    request.sections.assign(sections.begin(), sections.end());
    request.preparedFor = QStringLiteral("External auditor");
    request.preparedBy = QStringLiteral("Demo Officer");
    request.paper = PackPaper::Letter;

    QElapsedTimer timer;
    timer.start();
    Result<PreparedPack> prepared = program.evidencePacks().prepare(request);
    if (!prepared)
        return prepared.error();
    const double prepareSeconds = double(timer.nsecsElapsed()) / 1e9;
    Result<RenderedPack> rendered = EvidencePackRegister::render(*prepared);
    if (!rendered)
        return rendered.error();
    Result<EvidencePack> saved = program.evidencePacks().save(
        *prepared, *rendered, input.workDir + QStringLiteral("/pack.pdf"), OverwritePolicy::Refuse);
    if (!saved)
        return saved.error();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return Measurement{seconds, QStringLiteral("%L1 pages, %2 MB; reading the program %3 s")
                                    .arg(rendered->pageCount)
                                    .arg(double(rendered->pdf.size()) / 1e6, 0, 'f', 1)
                                    .arg(prepareSeconds, 0, 'f', 2)};
}

} // namespace palisade::bench
