#include "ui/io/ImportRun.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

bool waitUntilStopped(const ImportRun& run)
{
    return QTest::qWaitFor([&] { return !run.isRunning(); }, 20000);
}

// Work that holds until it is cancelled, so the test decides when it ends.
ImportRun::Work untilCancelled(QSemaphore& started)
{
    return [&started](const std::atomic<bool>& cancelled) -> std::optional<Error> {
        started.release();
        while (!cancelled.load())
            QThread::yieldCurrentThread();
        return std::nullopt;
    };
}

} // namespace

TEST_CASE("ImportRun reports the error the work returned", "[ui][io][import]")
{
    ImportRun run;
    QSignalSpy finished(&run, &ImportRun::finished);
    REQUIRE(run.start([](const std::atomic<bool>&) -> std::optional<Error> {
        return Error{ErrorKind::Invalid, QStringLiteral("Line 2: no name"), {}};
    }));
    REQUIRE(waitUntilStopped(run));
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    CHECK_FALSE(run.wasCancelled());
    REQUIRE(run.error().has_value());
    CHECK(run.error()->message == QStringLiteral("Line 2: no name"));

    // A second run starts clean.
    REQUIRE(run.start([](const std::atomic<bool>&) -> std::optional<Error> { return {}; }));
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 2; }, 20000));
    CHECK_FALSE(run.error().has_value());
    CHECK_FALSE(run.wasCancelled());
}

TEST_CASE("ImportRun refuses a second start and cancels on request", "[ui][io][import]")
{
    ImportRun run;
    QSignalSpy finished(&run, &ImportRun::finished);
    CHECK_FALSE(run.cancel());
    CHECK_FALSE(run.abort());

    QSemaphore started;
    REQUIRE(run.start(untilCancelled(started)));
    started.acquire();
    CHECK(run.isRunning());
    CHECK_FALSE(run.start([](const std::atomic<bool>&) -> std::optional<Error> { return {}; }));

    CHECK(run.cancel());
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    CHECK_FALSE(run.isRunning());
    CHECK(run.wasCancelled());
    CHECK_FALSE(run.error().has_value());
}

TEST_CASE("ImportRun abort waits for the work without reporting it", "[ui][io][import]")
{
    ImportRun run;
    QSignalSpy finished(&run, &ImportRun::finished);
    QSemaphore started;
    REQUIRE(run.start(untilCancelled(started)));
    started.acquire();

    CHECK(run.abort());
    CHECK_FALSE(run.isRunning());
    QCoreApplication::processEvents();
    CHECK(finished.isEmpty());
}

TEST_CASE("ImportRun stops its work when it is destroyed", "[ui][io][import]")
{
    QSemaphore started;
    std::atomic<bool> ended{false};
    {
        ImportRun run;
        REQUIRE(run.start([&](const std::atomic<bool>& cancelled) -> std::optional<Error> {
            started.release();
            while (!cancelled.load())
                QThread::yieldCurrentThread();
            ended.store(true);
            return std::nullopt;
        }));
        started.acquire();
    }
    CHECK(ended.load());
}
