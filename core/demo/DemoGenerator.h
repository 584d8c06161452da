#pragma once

#include "core/demo/DemoSettings.h"
#include "core/demo/DemoTally.h"
#include "core/storage/Vault.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace palisade {

class DemoClock;
class Program;

// Fills a new program file with a demonstration: six years of a medical
// coding and billing firm's compliance program in every area, made through
// the registers (so every rule holds and every change has its audit event),
// in the order it would have happened, with the program's clock set to each
// day in turn. The same settings and the same today give the same file.
//
// The program must have been created with `clock`, set to startOf(); the
// changes are committed in large batches (Program::beginBatch).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(palisade::DemoGenerator)

public:
    // Percent of the simulated days done, and the day being simulated.
    using Progress = std::function<void(int percent, const QDate& day)>;

    DemoGenerator(Program& program, DemoClock& clock, DemoSettings settings, QDateTime now);

    // The morning the demonstration's program was set up.
    static QDateTime startOf(const DemoSettings& settings, const QDateTime& now);
    static QDate firstDay(const DemoSettings& settings, const QDate& today);
    // What a demonstration file is created with: Palisade's cipher settings,
    // without cipher_memory_security. The data is made up, and locking every
    // allocation would make generating the large scale take many minutes.
    static Vault vault();

    // Generates everything, then moves the clock on to `now`. The counts of
    // what was made and what needs attention today.
    Result<DemoTally> run(const Progress& progress = {});

private:
    void countFindings(DemoTally& tally);

    Program& m_program;
    DemoClock& m_clock;
    DemoSettings m_settings;
    QDateTime m_now;
};

} // namespace palisade
