#pragma once

namespace palisade::bench {

// This process's memory as Linux reports it in /proc/self/status, in kB; -1
// where it cannot be read.
class ProcessMemory
{
public:
    // VmHWM: the most resident memory the process has had so far.
    static long peakKb();
    // VmRSS: resident memory now.
    static long residentKb();
};

} // namespace palisade::bench
