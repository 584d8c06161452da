#include "core/incidents/IncidentNotification.h"

#include "core/incidents/RequiredNotification.h"

namespace palisade {

QString IncidentNotification::key() const
{
    RequiredNotification notice;
    notice.recipient = recipient;
    notice.jurisdiction = jurisdiction;
    notice.counterpartyId = counterpartyId;
    return notice.key();
}

} // namespace palisade
