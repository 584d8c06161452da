#include "tests/bench/ProcessMemory.h"

#include <QByteArray>
#include <QFile>

namespace palisade::bench {
namespace {

long statusKb(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

long ProcessMemory::peakKb()
{
    return statusKb(QByteArrayLiteral("VmHWM:"));
}

long ProcessMemory::residentKb()
{
    return statusKb(QByteArrayLiteral("VmRSS:"));
}

} // namespace palisade::bench
