// How the risk register's table holds up at 100,000 risks: storing them,
// loading, sorting and filtering. Run by hand on a Release build:
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DPALISADE_BUILD_BENCH=ON
//   cmake --build build-bench --target RiskModelBench
//   build-bench/tests/bench/RiskModelBench [risk count] [--reuse FILE]
// With --reuse, the stored register is copied to FILE after the first run and
// later runs start from that copy instead of storing the risks again.
// Results are written up in docs/performance.md.
#include "core/risk/RiskRegister.h"
#include "tests/bench/ProcessMemory.h"
#include "tests/bench/RiskGenerator.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/risk/RiskFilterProxyModel.h"
#include "ui/risk/RiskTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace palisade;
using namespace palisade::ui;

namespace {

constexpr int chunkSize = 5000;
constexpr double keystrokeTargetMs = 50.0;

double elapsedMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void printRow(const char* what, double ms, const std::string& note = {})
{
    std::printf("| %-52s | %10.1f | %s\n", what, ms, note.c_str());
}

struct Series
{
    double min = 0;
    double median = 0;
    double max = 0;
};

Series summarize(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return {times.front(), times[times.size() / 2], times.back()};
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int count = 100000;
    QString reuse;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--reuse") && i + 1 < args.size())
            reuse = args[++i];
        else
            count = std::max(1, args[i].toInt());
    }

    const long rssStart = bench::ProcessMemory::residentKb();
    test::TemporaryProgram fixture;
    const QDate today = fixture.clock().today();

    std::printf("RiskModelBench: %d risks\n\n", count);
    std::printf("| %-52s | %10s | %s\n", "step", "ms", "note");
    std::printf("|-%.52s-|-%.10s-|------\n",
                "------------------------------------------------------------", "------------");

    bench::RiskGenerator generator;
    std::vector<Risk> generated;
    generated.reserve(size_t(count));
    printRow("generate risks in memory", elapsedMs([&] {
                 for (int i = 0; i < count; ++i)
                     generated.push_back(generator.next(i));
             }));

    if (!reuse.isEmpty() && QFile::exists(reuse)) {
        fixture.close();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(fixture.path() + suffix);
        if (!QFile::copy(reuse, fixture.path())) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(reuse));
            return 1;
        }
        fixture.reopen();
        std::printf("| %-52s | %10s | %s\n", "RiskRegister::addAll", "-",
                    qPrintable(QStringLiteral("skipped: reusing %1").arg(reuse)));
    } else {
        bool stored = true;
        const double storeMs = elapsedMs([&] {
            for (int first = 0; first < count && stored; first += chunkSize) {
                const int last = std::min(count, first + chunkSize);
                std::vector<Risk> chunk(generated.begin() + first, generated.begin() + last);
                const Result<std::vector<Risk>> added =
                    fixture.program().risks().addAll(std::move(chunk));
                if (!added) {
                    std::fprintf(stderr, "addAll failed: %s\n",
                                 qPrintable(added.error().message.left(2000)));
                    stored = false;
                }
            }
        });
        if (!stored)
            return 1;
        printRow("RiskRegister::addAll (chunks of 5,000, audited)", storeMs,
                 std::to_string(int(count * 1000.0 / storeMs)) + " risks/s");
        if (!reuse.isEmpty() && !fixture.program().backup(reuse))
            std::fprintf(stderr, "could not keep a copy in %s\n", qPrintable(reuse));
    }
    RiskRegister& risks = fixture.program().risks();
    generated.clear();
    generated.shrink_to_fit();
    const long rssStored = bench::ProcessMemory::residentKb();

    Result<std::vector<Risk>> loaded = std::vector<Risk>();
    printRow("RiskRegister::risks() (decrypt, read, rate)",
             elapsedMs([&] { loaded = risks.risks(); }));
    if (!loaded) {
        std::fprintf(stderr, "risks() failed: %s\n", qPrintable(loaded.error().message));
        return 1;
    }
    Result<std::vector<RemediationTask>> tasks = std::vector<RemediationTask>();
    printRow("RiskRegister::allTasks()", elapsedMs([&] { tasks = risks.allTasks(); }));
    if (!tasks) {
        std::fprintf(stderr, "allTasks() failed: %s\n", qPrintable(tasks.error().message));
        return 1;
    }

    RiskTableModel model;
    printRow("RiskTableModel::setRisks (reset, haystacks)",
             elapsedMs([&] { model.setRisks(std::move(*loaded), *tasks, today); }));
    const long rssModel = bench::ProcessMemory::residentKb();

    RiskFilterProxyModel proxy;
    printRow("proxy setSourceModel (unsorted)", elapsedMs([&] { proxy.setSourceModel(&model); }));
    printRow("sort by inherent level, descending",
             elapsedMs([&] { proxy.sort(RiskTableModel::InherentColumn, Qt::DescendingOrder); }));
    printRow("sort by residual level, ascending",
             elapsedMs([&] { proxy.sort(RiskTableModel::ResidualColumn, Qt::AscendingOrder); }));
    printRow("sort by due date, ascending",
             elapsedMs([&] { proxy.sort(RiskTableModel::DueColumn, Qt::AscendingOrder); }));
    printRow("sort by title (first time: collation ranks)",
             elapsedMs([&] { proxy.sort(RiskTableModel::TitleColumn, Qt::AscendingOrder); }));
    printRow("sort by owner (first time: collation ranks)",
             elapsedMs([&] { proxy.sort(RiskTableModel::OwnerColumn, Qt::AscendingOrder); }));
    printRow("sort by title again (ranks cached)",
             elapsedMs([&] { proxy.sort(RiskTableModel::TitleColumn, Qt::AscendingOrder); }));
    proxy.sort(RiskTableModel::InherentColumn, Qt::DescendingOrder);

    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(RiskTableModel::InherentColumn, Qt::DescendingOrder);
    view.horizontalHeader()->setSectionResizeMode(RiskTableModel::TitleColumn,
                                                  QHeaderView::Stretch);
    view.resize(1100, 600);
    view.show();
    QCoreApplication::processEvents();

    const QString word = QStringLiteral("phishing");
    bool met = true;
    for (const bool withView : {false, true}) {
        view.setModel(withView ? &proxy : nullptr);
        if (withView)
            view.sortByColumn(RiskTableModel::InherentColumn, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        const char* suffix = withView ? " + visible table view" : ", model only";
        std::vector<double> typing;
        std::vector<double> erasing;
        int shownAtEnd = 0;
        // Three rounds, so one slow outlier cannot hide in a single sample.
        for (int round = 0; round < 3; ++round) {
            for (qsizetype length = 1; length <= word.size(); ++length) {
                typing.push_back(elapsedMs([&] {
                    proxy.setText(word.left(length));
                    QCoreApplication::processEvents();
                }));
            }
            shownAtEnd = proxy.rowCount();
            for (qsizetype length = word.size() - 1; length >= 0; --length) {
                erasing.push_back(elapsedMs([&] {
                    proxy.setText(word.left(length));
                    QCoreApplication::processEvents();
                }));
            }
        }
        const Series typed = summarize(typing);
        const Series erased = summarize(erasing);
        met = met && typed.max < keystrokeTargetMs && erased.max < keystrokeTargetMs;
        char note[160];
        std::snprintf(note, sizeof note, "min %.1f, median %.1f, max %.1f; %d rows match \"%s\"",
                      typed.min, typed.median, typed.max, shownAtEnd, qPrintable(word));
        printRow((std::string("keystroke typing \"phishing\"") + suffix).c_str(), typed.max, note);
        std::snprintf(note, sizeof note, "min %.1f, median %.1f, max %.1f", erased.min,
                      erased.median, erased.max);
        printRow((std::string("keystroke erasing it again") + suffix).c_str(), erased.max, note);
    }

    const auto timed = [&](const char* what, const std::function<void()>& change) {
        const double ms = elapsedMs([&] {
            change();
            QCoreApplication::processEvents();
        });
        printRow(what, ms, std::to_string(proxy.rowCount()) + " rows shown");
    };
    timed("status: in remediation", [&] { proxy.setStatuses({RiskStatus::InRemediation}); });
    timed("owner: one person", [&] { proxy.setOwner(QStringLiteral("Dana Whitfield")); });
    timed("minimum level: High", [&] { proxy.setMinimumLevel(RiskLevel::High); });
    timed("overdue only", [&] { proxy.setOverdueOnly(true); });
    timed("clear all filters", [&] { proxy.clearFilters(); });
    timed("heat-map cell: inherent High x Very High", [&] {
        proxy.setHeatMapCell(
            RiskFilterProxyModel::HeatMapCell{false, RiskLevel::High, RiskLevel::VeryHigh});
    });
    timed("clear the heat-map cell", [&] { proxy.setHeatMapCell(std::nullopt); });

    std::printf("\nMemory (VmRSS): start %ld MB, after storing %ld MB, after model %ld MB "
                "(model and rows: about %ld MB)\n",
                rssStart / 1024, rssStored / 1024, rssModel / 1024, (rssModel - rssStored) / 1024);
    std::printf("Filter keystroke target (< %.0f ms at every keystroke): %s\n", keystrokeTargetMs,
                met ? "met" : "NOT met");
    return met ? 0 : 2;
}
