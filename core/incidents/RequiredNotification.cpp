#include "core/incidents/RequiredNotification.h"

namespace palisade {

QString RequiredNotification::key() const
{
    const QString base = notificationRecipientKey(recipient);
    if (recipient == NotificationRecipient::CoveredEntity)
        return base + QLatin1Char(':') + QString::number(counterpartyId);
    if (!jurisdiction.isEmpty())
        return base + QLatin1Char(':') + jurisdiction;
    return base;
}

} // namespace palisade
