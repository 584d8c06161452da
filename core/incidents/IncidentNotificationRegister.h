#pragma once

#include "core/incidents/IncidentNotification.h"
#include "core/incidents/IncidentWriter.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QObject>
#include <vector>

namespace palisade {

class Program;

// The breach notices sent for an incident (164.404-410): to whom, when, how,
// by whom, with what they said and a copy of the letter when one is given
// (any file type, stored encrypted). A notice is a record of what was done:
// it is never changed once recorded.
class IncidentNotificationRegister : public QObject
{
    Q_OBJECT

public:
    explicit IncidentNotificationRegister(Program& program);

    Result<std::vector<IncidentNotification>> notifications(qint64 incidentId) const;
    Result<IncidentNotification> recordNotification(IncidentNotification notification,
                                                    const QString& fileName = {},
                                                    const QByteArray& content = {});
    Result<QByteArray> notificationFileContent(qint64 notificationId) const;
    // Writes a decrypted copy of the notice's letter to `path`; audited.
    Result<void> saveNotificationCopy(qint64 notificationId, const QString& path);

signals:
    void notificationsChanged();

private:
    IncidentWriter m_writer;
};

} // namespace palisade
