#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

class QSettings;

namespace palisade {

// Failed unlock attempts per program file. A wrong passphrase must not touch
// the program file, so failures are kept in the user's settings and written to
// the audit trail at the next successful unlock.
class FailedUnlockLog
{
public:
    explicit FailedUnlockLog(QSettings& settings);

    void recordFailure(const QString& programPath, const QDateTime& atUtc);
    std::vector<QDateTime> failures(const QString& programPath) const;
    void clear(const QString& programPath);

    // Seconds to wait before the next attempt after `failureCount` failures in a row:
    // none after the first, then doubling up to 30 seconds.
    static int waitSeconds(int failureCount);

private:
    QString groupFor(const QString& programPath) const;

    QSettings& m_settings;
};

} // namespace palisade
