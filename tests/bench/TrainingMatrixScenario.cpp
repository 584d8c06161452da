#include "core/program/Program.h"
#include "core/util/SystemClock.h"
#include "tests/bench/BenchProgram.h"
#include "tests/bench/BenchScenarios.h"
#include "ui/training/TrainingMatrixModel.h"

#include <QElapsedTimer>

namespace palisade::bench {

// The Training page's matrix of the large program (5,000 people, six years of
// completions) as of the end of last year: reading the roster, courses and
// completions and working out every cell.
Result<Measurement> measureTrainingMatrix(const BenchInput& input)
{
    const SystemClock clock;
    Result<std::unique_ptr<Program>> unlocked = BenchProgram::readOnly(input, clock);
    if (!unlocked)
        return unlocked.error();
    ui::TrainingMatrixModel model(*unlocked.value());
    const QDate asOf(clock.today().year() - 1, 12, 31);
    QElapsedTimer timer;
    timer.start();
    if (!model.setAsOf(asOf))
        return Error{ErrorKind::Io, QStringLiteral("The training matrix could not be read."), {}};
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return Measurement{seconds, QStringLiteral("%L1 people × %L2 courses as of %3")
                                    .arg(model.rowCount())
                                    .arg(model.courseCount())
                                    .arg(asOf.toString(Qt::ISODate))};
}

} // namespace palisade::bench
