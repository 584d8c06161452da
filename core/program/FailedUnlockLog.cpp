#include "core/program/FailedUnlockLog.h"

#include "core/util/Sha256.h"

#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace palisade {
namespace {
const QString timesKey = QStringLiteral("times");
}

FailedUnlockLog::FailedUnlockLog(QSettings& settings)
    : m_settings(settings)
{
}

QString FailedUnlockLog::groupFor(const QString& programPath) const
{
    const QString canonical = QFileInfo(programPath).absoluteFilePath();
    return QStringLiteral("failedUnlocks/") + sha256Hex(canonical.toUtf8()).left(16);
}

void FailedUnlockLog::recordFailure(const QString& programPath, const QDateTime& atUtc)
{
    QStringList times =
        m_settings.value(groupFor(programPath) + QLatin1Char('/') + timesKey).toStringList();
    times << atUtc.toUTC().toString(Qt::ISODateWithMs);
    // A bound on what is kept: a long run of failures is summarized by its count.
    while (times.size() > 100)
        times.removeFirst();
    m_settings.setValue(groupFor(programPath) + QLatin1Char('/') + timesKey, times);
    m_settings.sync();
}

std::vector<QDateTime> FailedUnlockLog::failures(const QString& programPath) const
{
    std::vector<QDateTime> result;
    const QStringList times =
        m_settings.value(groupFor(programPath) + QLatin1Char('/') + timesKey).toStringList();
    for (const QString& text : times) {
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            result.push_back(at.toUTC());
    }
    return result;
}

void FailedUnlockLog::clear(const QString& programPath)
{
    m_settings.remove(groupFor(programPath));
    m_settings.sync();
}

int FailedUnlockLog::waitSeconds(int failureCount)
{
    if (failureCount <= 1)
        return 0;
    const int exponent = std::min(failureCount - 2, 5);
    return std::min(1 << exponent, 30);
}

} // namespace palisade
