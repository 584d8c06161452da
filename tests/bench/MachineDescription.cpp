#include "tests/bench/MachineDescription.h"

#include "core/storage/Vault.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

namespace palisade::bench {
namespace {

// The value after "key:" on the first line of a /proc file that starts with key.
QString procField(const QString& file, const QByteArray& key)
{
    QFile proc(file);
    if (!proc.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : proc.readAll().split('\n')) {
        if (line.startsWith(key))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return {};
}

} // namespace

MachineDescription MachineDescription::current()
{
    MachineDescription machine;
    machine.processor = procField(QStringLiteral("/proc/cpuinfo"), QByteArrayLiteral("model name"));
    machine.cores = QThread::idealThreadCount();
    const QString memory =
        procField(QStringLiteral("/proc/meminfo"), QByteArrayLiteral("MemTotal"));
    machine.memoryGb = memory.section(QLatin1Char(' '), 0, 0).toDouble() / (1024.0 * 1024.0);
    machine.system = QStringLiteral("%1, Linux %2")
                         .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion());
    const Result<QString> cipher = Vault::checkLibrary();
    machine.libraries =
        QStringLiteral("Qt %1, SQLCipher %2")
            .arg(QString::fromLatin1(qVersion()), cipher ? *cipher : QStringLiteral("(unknown)"));
#ifdef NDEBUG
    machine.build = QStringLiteral("optimized build");
#else
    machine.build = QStringLiteral("build with assertions (not for figures)");
#endif
    return machine;
}

QString MachineDescription::sentence() const
{
    return QStringLiteral("%1, %2 logical cores, %3 GB of memory; %4; %5; %6.")
        .arg(processor.isEmpty() ? QStringLiteral("unknown processor") : processor)
        .arg(cores)
        .arg(memoryGb, 0, 'f', 0)
        .arg(system, libraries, build);
}

} // namespace palisade::bench
