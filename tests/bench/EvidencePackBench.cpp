// How long a full evidence pack of twelve months takes on a large program
// (the demonstration's large scale: about 5,000 risks, 1,500 agreements,
// 5,000 people with six years of training, 300 policies with revisions and
// a million audit events). Target: under 3 seconds and under 300 MB peak.
// Run by hand on a Release build, in two steps so that the second process's
// peak memory is the pack's alone:
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DPALISADE_BUILD_BENCH=ON
//   cmake --build build-bench --target EvidencePackBench
//   build-bench/tests/bench/EvidencePackBench --generate /tmp/large.palisade
//   build-bench/tests/bench/EvidencePackBench /tmp/large.palisade [runs]
// Each run prepares (reads the program), renders (lays out and paints the
// PDF) and saves (writes the file and records the export in the audit trail).
// Results are written up in docs/performance.md.
#include "core/demo/DemoClock.h"
#include "core/demo/DemoGenerator.h"
#include "core/evidence/EvidencePackRegister.h"
#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "core/util/SystemClock.h"
#include "tests/support/TemporaryProgram.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace palisade;

namespace {

// "VmHWM" (the peak so far) or "VmRSS" (now), in kB.
long memoryKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int generate(const QString& path)
{
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s exists; remove it first\n", qPrintable(path));
        return 1;
    }
    const DemoSettings settings = DemoSettings::forScale(DemoScale::Large, 1);
    const QDateTime now = SystemClock().nowUtc();
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
    QElapsedTimer timer;
    timer.start();
    const Result<DemoTally> tally = DemoGenerator(*created.value(), clock, settings, now).run();
    if (!tally) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(tally.error().text()));
        return 1;
    }
    created.value()->lock(QStringLiteral("bench"));
    std::printf("generated %s in %.1f s (%.1f MB)\n", qPrintable(path), seconds(timer),
                double(QFileInfo(path).size()) / 1e6);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QStringLiteral("--generate"))
        return generate(args.at(2));
    if (args.size() < 2 || !QFileInfo::exists(args.at(1))) {
        std::fprintf(stderr, "usage: EvidencePackBench --generate FILE | FILE [runs]\n");
        return 1;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;

    // A copy, so the exports recorded by the runs leave the generated file as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.palisade"));
    if (!QFile::copy(args.at(1), path)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Program>> unlocked = Program::unlock(
        path, SecretBuffer::fromString(test::fixturePassphrase()), Program::UnlockOptions{}, clock);
    if (!unlocked) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(unlocked.error().text()));
        return 1;
    }
    const double unlockSeconds = seconds(timer);
    const long baseKb = memoryKb("VmRSS");
    Program& program = *unlocked.value();

    PackRequest request;
    request.to = clock.today().addDays(-1);
    request.from = request.to.addMonths(-12).addDays(1);
    const auto sections = allPackSections();
    request.sections.assign(sections.begin(), sections.end());
    request.preparedFor = QStringLiteral("External auditor");
    request.preparedBy = QStringLiteral("Demo Officer");
    request.paper = PackPaper::Letter;

    std::vector<double> prepared, rendered, saved, total;
    int pages = 0;
    qint64 bytes = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        Result<PreparedPack> preparedPack = program.evidencePacks().prepare(request);
        if (!preparedPack) {
            std::fprintf(stderr, "prepare failed: %s\n", qPrintable(preparedPack.error().text()));
            return 1;
        }
        prepared.push_back(seconds(timer));
        timer.restart();
        Result<RenderedPack> renderedPack = EvidencePackRegister::render(*preparedPack);
        if (!renderedPack) {
            std::fprintf(stderr, "render failed: %s\n", qPrintable(renderedPack.error().text()));
            return 1;
        }
        rendered.push_back(seconds(timer));
        timer.restart();
        const QString out = dir.filePath(QStringLiteral("pack-%1.pdf").arg(run));
        Result<EvidencePack> savedPack = program.evidencePacks().save(*preparedPack, *renderedPack,
                                                                      out, OverwritePolicy::Refuse);
        if (!savedPack) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(savedPack.error().text()));
            return 1;
        }
        saved.push_back(seconds(timer));
        total.push_back(prepared.back() + rendered.back() + saved.back());
        pages = renderedPack->pageCount;
        bytes = renderedPack->pdf.size();
        // Each run as it ends, so a slow program still leaves figures behind.
        std::printf("run %d: prepare %.2f s, render %.2f s, save %.2f s, %d pages\n", run + 1,
                    prepared.back(), rendered.back(), saved.back(), pages);
        std::fflush(stdout);
    }
    std::printf("program      %s (%.1f MB), unlocked in %.2f s\n", qPrintable(args.at(1)),
                double(QFileInfo(path).size()) / 1e6, unlockSeconds);
    std::printf("pack         %s to %s, all sections, %d pages, %.1f MB\n",
                qPrintable(request.from.toString(Qt::ISODate)),
                qPrintable(request.to.toString(Qt::ISODate)), pages, double(bytes) / 1e6);
    std::printf("median of %d runs: prepare %.2f s, render %.2f s, save %.2f s, total %.2f s "
                "(worst %.2f s; target < 3 s)\n",
                runs, median(prepared), median(rendered), median(saved), median(total),
                *std::max_element(total.begin(), total.end()));
    std::printf("memory       %.0f MB after unlock, %.0f MB peak (target < 300 MB)\n",
                double(baseKb) / 1024.0, double(memoryKb("VmHWM")) / 1024.0);
    return 0;
}
