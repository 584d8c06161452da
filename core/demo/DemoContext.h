#pragma once

#include <QDate>

namespace palisade {

class DemoClock;
class DemoTally;
class DemoTimeline;
class Program;
struct DemoRecords;
struct DemoSettings;

// What every area generator works with: the program it fills, the clock and
// timeline of the simulated years, the settings, what the other areas made,
// and the tally for the summary. `first` is the day the program was set up;
// `last` is yesterday, the last simulated day; `today` is the real today.
struct DemoContext
{
    Program& program;
    DemoClock& clock;
    DemoTimeline& timeline;
    const DemoSettings& settings;
    DemoRecords& records;
    DemoTally& tally;
    QDate first;
    QDate last;
    QDate today;
};

} // namespace palisade
