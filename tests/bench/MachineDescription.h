#pragma once

#include <QString>

namespace palisade::bench {

// The machine and libraries figures were measured with, for the report.
struct MachineDescription
{
    QString processor; // "Intel(R) Xeon(R) ..." from /proc/cpuinfo
    int cores = 0;     // logical processors
    double memoryGb = 0;
    QString system;    // "Debian GNU/Linux 12 (bookworm), Linux 6.1.0"
    QString libraries; // "Qt 6.4.2, SQLCipher 4.6.1 community"
    QString build;     // "Release" or "not optimized"

    static MachineDescription current();
    // One sentence: "Intel ..., 2 logical cores, 24 GB; Debian ...; Qt ...".
    QString sentence() const;
};

} // namespace palisade::bench
