// How long the demonstration takes to generate: by default the large scale
// (about 5,000 risks, 1,500 agreements, 5,000 people with six years of
// training, 300 policies and a million audit events), then the audit chain
// is verified. Run by hand on a Release build:
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DPALISADE_BUILD_BENCH=ON
//   cmake --build build-bench --target DemoGenerationBench
//   build-bench/tests/bench/DemoGenerationBench [small|medium|large] [seed]
// Results are written up in docs/performance.md.
#include "core/demo/DemoClock.h"
#include "core/demo/DemoGenerator.h"
#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "core/util/SystemClock.h"
#include "tests/support/TemporaryProgram.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

using namespace palisade;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const std::optional<DemoScale> scale =
        demoScaleFromKey(args.size() > 1 ? args.at(1) : QStringLiteral("large"));
    if (!scale) {
        std::fprintf(stderr, "usage: DemoGenerationBench [small|medium|large] [seed]\n");
        return 1;
    }
    const quint32 seed = args.size() > 2 ? args.at(2).toUInt() : 1;
    const DemoSettings settings = DemoSettings::forScale(*scale, seed);
    const QDateTime now = SystemClock().nowUtc();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.palisade"));
    DemoClock clock(DemoGenerator::startOf(settings, now));
    ProgramProfile profile;
    profile.organization = QStringLiteral("Riverbend Coding Services");
    profile.officerName = QStringLiteral("Demo Officer");
    Result<std::unique_ptr<Program>> created =
        Program::create(path, SecretBuffer::fromString(test::fixturePassphrase()), profile, clock,
                        DemoGenerator::vault());
    if (!created) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(created.error().text()));
        return 1;
    }
    Program& program = *created.value();

    QElapsedTimer timer;
    timer.start();
    const Result<DemoTally> tally =
        DemoGenerator(program, clock, settings, now).run([](int percent, const QDate& day) {
            if (percent % 10 == 0)
                std::fprintf(stderr, "  %3d%%  %s\n", percent,
                             qPrintable(day.toString(Qt::ISODate)));
        });
    const double generated = double(timer.nsecsElapsed()) / 1e9;
    if (!tally) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(tally.error().text()));
        return 1;
    }

    std::printf("| %-40s | %12s |\n", "What", "Count");
    for (int i = 0; i < DemoTally::itemCount; ++i) {
        const auto item = DemoTally::Item(i);
        std::printf("| %-40s | %12lld |\n", qPrintable(DemoTally::label(item)),
                    static_cast<long long>(tally->count(item)));
    }
    timer.restart();
    const ChainVerification chain = program.auditTrail().verify();
    const double verified = double(timer.nsecsElapsed()) / 1e9;
    program.lock(QStringLiteral("bench"));
    std::printf("\nscale %s, seed %u\n", qPrintable(demoScaleKey(*scale)), seed);
    std::printf("generation      %8.1f s\n", generated);
    std::printf("chain verify    %8.1f s (%s, %lld events)\n", verified,
                chain.intact ? "intact" : "BROKEN", static_cast<long long>(chain.eventsChecked));
    std::printf("file size       %8.1f MB\n", double(QFileInfo(path).size()) / 1e6);
    return chain.intact ? 0 : 1;
}
