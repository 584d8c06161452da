#include "core/program/FailedUnlockLog.h"

#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("FailedUnlockLog keeps failures per program file", "[program][failedunlock]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    const QString fileA = dir.filePath(QStringLiteral("a.palisade"));
    const QString fileB = dir.filePath(QStringLiteral("b.palisade"));
    const QDateTime first(QDate(2026, 3, 1), QTime(9, 0, 0, 250), Qt::UTC);
    const QDateTime second = first.addSecs(40);

    {
        QSettings settings(ini, QSettings::IniFormat);
        FailedUnlockLog log(settings);
        CHECK(log.failures(fileA).empty());
        log.recordFailure(fileA, first);
        log.recordFailure(fileA, second);
        log.recordFailure(fileB, second);
        const std::vector<QDateTime> a = log.failures(fileA);
        REQUIRE(a.size() == 2);
        CHECK(a[0] == first);
        CHECK(a[1] == second);
        CHECK(log.failures(fileB).size() == 1);
    }
    {
        // Kept across settings objects, i.e. across program runs.
        QSettings settings(ini, QSettings::IniFormat);
        FailedUnlockLog log(settings);
        const std::vector<QDateTime> a = log.failures(fileA);
        REQUIRE(a.size() == 2);
        CHECK(a[0] == first);
        CHECK(a[0].timeSpec() == Qt::UTC);
        // The same file named by a different relative path is the same file.
        CHECK(log.failures(dir.path() + QStringLiteral("/./a.palisade")).size() == 2);

        log.clear(fileA);
        CHECK(log.failures(fileA).empty());
        CHECK(log.failures(fileB).size() == 1);
        log.clear(fileB);
        CHECK(log.failures(fileB).empty());
    }
}

TEST_CASE("FailedUnlockLog keeps a bounded number of failures", "[program][failedunlock]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FailedUnlockLog log(settings);
    const QString file = dir.filePath(QStringLiteral("x.palisade"));
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 103; ++i)
        log.recordFailure(file, start.addSecs(i));
    const std::vector<QDateTime> kept = log.failures(file);
    REQUIRE(kept.size() == 100);
    CHECK(kept.front() == start.addSecs(3));
    CHECK(kept.back() == start.addSecs(102));
}

TEST_CASE("The wait after failed unlocks doubles up to 30 seconds", "[program][failedunlock]")
{
    const std::vector<int> expected{0, 0, 1, 2, 4, 8, 16, 30, 30, 30};
    for (int count = 0; count < int(expected.size()); ++count) {
        INFO("failures: " << count);
        CHECK(FailedUnlockLog::waitSeconds(count) == expected[size_t(count)]);
    }
    CHECK(FailedUnlockLog::waitSeconds(1000) == 30);
    CHECK(FailedUnlockLog::waitSeconds(-1) == 0);
}
