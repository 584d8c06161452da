// palisade-bench: every performance figure of docs/performance.md's summary,
// measured on a Release build and printed as a table; with --write, written
// into the summary section of that file. Run on demand, never by CTest:
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DPALISADE_BUILD_BENCH=ON
//   cmake --build build-bench --target palisade-bench
//   build-bench/tests/bench/palisade-bench [--program FILE] [--runs N]
//       [--only NAME,...] [--write docs/performance.md]
// Without --program, the large demonstration program is generated first (about
// a minute; that is the "demo" figure). A program given with --program is
// opened with the passphrase in PALISADE_BENCH_PASSPHRASE (the test fixtures'
// passphrase when unset) and never changed. Every run of every scenario is a
// separate process (this executable again, with --child), so peak memory is
// the scenario's own.
#include "tests/bench/BenchScenarios.h"
#include "tests/bench/MachineDescription.h"
#include "tests/bench/PerformanceReport.h"
#include "tests/bench/ProcessMemory.h"
#include "tests/support/TemporaryProgram.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace palisade;
using namespace palisade::bench;

namespace {

const QByteArray resultPrefix = QByteArrayLiteral("@result ");

const BenchScenario* scenarioNamed(const QString& name)
{
    for (const BenchScenario& scenario : benchScenarios()) {
        if (scenario.name == name)
            return &scenario;
    }
    return nullptr;
}

// In the child: one run, its result as one JSON line on stdout.
int runChild(const BenchScenario& scenario, const BenchInput& input)
{
    const Result<Measurement> measured = scenario.run(input);
    QJsonObject result;
    if (measured) {
        result.insert(QStringLiteral("value"), measured->value);
        result.insert(QStringLiteral("note"), measured->note);
    } else {
        result.insert(QStringLiteral("error"), measured.error().text());
    }
    result.insert(QStringLiteral("peakKb"), double(ProcessMemory::peakKb()));
    std::printf("%s%s\n", resultPrefix.constData(),
                QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return measured ? 0 : 1;
}

struct ChildRun
{
    std::optional<double> value;
    long peakKb = -1;
    QString note;
    QString error;
};

ChildRun runOnce(const BenchScenario& scenario, const QString& program, const QString& workDir)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), scenario.name, QStringLiteral("--program"), program,
                 QStringLiteral("--work"), workDir});
    ChildRun run;
    if (!child.waitForFinished(-1)) {
        run.error = child.errorString();
        return run;
    }
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        if (!line.startsWith(resultPrefix))
            continue;
        const QJsonObject result = QJsonDocument::fromJson(line.mid(resultPrefix.size())).object();
        run.peakKb = long(result.value(QStringLiteral("peakKb")).toDouble(-1));
        run.note = result.value(QStringLiteral("note")).toString();
        run.error = result.value(QStringLiteral("error")).toString();
        if (result.contains(QStringLiteral("value")))
            run.value = result.value(QStringLiteral("value")).toDouble();
        return run;
    }
    run.error =
        QStringLiteral("the run ended without a result (exit code %1)").arg(child.exitCode());
    return run;
}

PerformanceReport::Row measure(const BenchScenario& scenario, int runs, const QString& program,
                               const QString& workRoot)
{
    PerformanceReport::Row row;
    row.scenario = &scenario;
    for (int run = 0; run < runs; ++run) {
        const QString workDir = workRoot + QStringLiteral("/%1-%2").arg(scenario.name).arg(run + 1);
        QDir().mkpath(workDir);
        const ChildRun result = runOnce(scenario, program, workDir);
        QDir(workDir).removeRecursively();
        row.peakKb = std::max(row.peakKb, result.peakKb);
        if (!result.value) {
            row.failure = result.error;
            std::fprintf(stderr, "%s, run %d failed: %s\n", qPrintable(scenario.name), run + 1,
                         qPrintable(result.error));
            break;
        }
        row.runs.push_back({*result.value, result.note});
        std::fprintf(stderr, "%s, run %d: %.3f %s (%s)\n", qPrintable(scenario.name), run + 1,
                     *result.value, qPrintable(scenario.unit), qPrintable(result.note));
    }
    return row;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Palisade's performance figures."));
    parser.addHelpOption();
    const QCommandLineOption programOption(QStringLiteral("program"),
                                           QStringLiteral("The large program to read."),
                                           QStringLiteral("file"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each scenario (default 5)."),
                                        QStringLiteral("n"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Only these scenarios."), QStringLiteral("names"));
    const QCommandLineOption writeOption(QStringLiteral("write"),
                                         QStringLiteral("Write the summary into this file."),
                                         QStringLiteral("performance.md"));
    const QCommandLineOption childOption(QStringLiteral("child"),
                                         QStringLiteral("Run one scenario once (internal)."),
                                         QStringLiteral("name"));
    const QCommandLineOption workOption(QStringLiteral("work"),
                                        QStringLiteral("Scratch folder of a child (internal)."),
                                        QStringLiteral("dir"));
    parser.addOptions(
        {programOption, runsOption, onlyOption, writeOption, childOption, workOption});
    parser.process(app);

    const QString passphrase = qEnvironmentVariableIsSet("PALISADE_BENCH_PASSPHRASE")
                                   ? qEnvironmentVariable("PALISADE_BENCH_PASSPHRASE")
                                   : test::fixturePassphrase();
    if (parser.isSet(childOption)) {
        const BenchScenario* scenario = scenarioNamed(parser.value(childOption));
        if (!scenario)
            return 2;
        return runChild(*scenario,
                        {parser.value(programOption), passphrase, parser.value(workOption)});
    }

    QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : std::as_const(only)) {
        if (!scenarioNamed(name)) {
            std::fprintf(stderr, "No scenario %s.\n", qPrintable(name));
            return 2;
        }
    }
    // The summary lists every figure; a partial run would drop the others.
    if (!only.isEmpty() && parser.isSet(writeOption)) {
        std::fprintf(stderr, "--write needs every scenario; leave out --only.\n");
        return 2;
    }
    QTemporaryDir work;
    // Children's Qt wants a private runtime folder; the scratch folder is one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(work.path()));
    QString program = parser.value(programOption);
    if (!program.isEmpty() && !QFileInfo::exists(program)) {
        std::fprintf(stderr, "There is no program file %s.\n", qPrintable(program));
        return 2;
    }
    const bool generate = program.isEmpty();
    if (generate)
        program = work.filePath(QStringLiteral("large.palisade"));

    PerformanceReport report(MachineDescription::current(), QDate::currentDate(),
                             QStringLiteral("palisade-bench %1")
                                 .arg(QCoreApplication::arguments().mid(1).join(QLatin1Char(' '))));
    std::printf("%s\n", qPrintable(PerformanceReport::tableHeader()));
    std::fflush(stdout);
    bool failed = false;
    for (const BenchScenario& scenario : benchScenarios()) {
        const bool chosen = only.isEmpty() || only.contains(scenario.name);
        const bool isDemo = scenario.name == QStringLiteral("demo");
        // The demonstration is generated whenever no program was given: the
        // others need it, chosen or not.
        if (isDemo ? !generate : !chosen)
            continue;
        const int runs = isDemo || !parser.isSet(runsOption)
                             ? scenario.runs
                             : std::max(1, parser.value(runsOption).toInt());
        PerformanceReport::Row row = measure(scenario, runs, program, work.path());
        failed = failed || !row.failure.isEmpty();
        std::printf("%s\n", qPrintable(PerformanceReport::tableLine(row)));
        std::fflush(stdout);
        if (isDemo && row.runs.empty())
            return 1;
        if (chosen)
            report.add(std::move(row));
    }
    if (parser.isSet(writeOption)) {
        QString error;
        if (!report.writeInto(parser.value(writeOption), error)) {
            std::fprintf(stderr, "Cannot write %s: %s\n", qPrintable(parser.value(writeOption)),
                         qPrintable(error));
            return 1;
        }
        std::printf("Written into %s\n", qPrintable(parser.value(writeOption)));
    }
    return failed ? 1 : 0;
}
