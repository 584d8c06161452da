#include "core/program/Program.h"
#include "core/util/SystemClock.h"
#include "tests/bench/BenchProgram.h"
#include "tests/bench/BenchScenarios.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>

namespace palisade::bench {

// From unlocking the large program to the main window painted with its
// dashboard, in a process that has read nothing before: what a user waits for
// after typing the passphrase. The program is a copy, because unlocking for
// work records the unlock in the file's audit trail.
Result<Measurement> measureColdStart(const BenchInput& input)
{
    const Result<QString> path = BenchProgram::copy(input, QStringLiteral("cold-start.palisade"));
    if (!path)
        return path.error();
    const SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Program>> unlocked = BenchProgram::forWork(*path, input, clock);
    if (!unlocked)
        return unlocked.error();
    ui::ClipboardGuard clipboard;
    ui::MainWindow window(*unlocked.value(), clipboard);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    const QImage painted = window.grab().toImage();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (painted.isNull())
        return Error{ErrorKind::Io, QStringLiteral("The main window did not paint."), {}};
    return Measurement{seconds, QStringLiteral("unlock, every page built, dashboard painted")};
}

} // namespace palisade::bench
