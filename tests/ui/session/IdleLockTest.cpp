#include "ui/session/IdleLock.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;
using namespace std::chrono_literals;

TEST_CASE("IdleLock fires once after the interval without activity", "[ui][session]")
{
    IdleLock lock(50ms);
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.start();
    CHECK(lock.isActive());
    CHECK(QTest::qWaitFor([&] { return idle.count() == 1; }, 2000));
    CHECK_FALSE(lock.isActive());
    QTest::qWait(120);
    CHECK(idle.count() == 1);
}

TEST_CASE("IdleLock waits while the user keeps typing", "[ui][session]")
{
    QLineEdit edit;
    edit.show();
    IdleLock lock(150ms);
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.start();
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 400) {
        QTest::keyClick(&edit, Qt::Key_A);
        QTest::qWait(30);
    }
    CHECK(idle.isEmpty());
    CHECK(QTest::qWaitFor([&] { return idle.count() == 1; }, 2000));
}

TEST_CASE("IdleLock does not fire once stopped", "[ui][session]")
{
    IdleLock lock(30ms);
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.start();
    lock.stop();
    QTest::qWait(120);
    CHECK(idle.isEmpty());
}
