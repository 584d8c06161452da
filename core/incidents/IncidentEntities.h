#pragma once

#include <QString>

namespace palisade::incidententity {

// The entity names incident audit events carry. Stored in every event, so
// they never change. Records under retention use their record type's name.
inline QString incident()
{
    return QStringLiteral("incident");
}
inline QString assessment()
{
    return QStringLiteral("breach_assessment");
}
inline QString notification()
{
    return QStringLiteral("incident_notification");
}
inline QString action()
{
    return QStringLiteral("incident_action");
}
inline QString evidence()
{
    return QStringLiteral("incident_evidence");
}
inline QString stateRule()
{
    return QStringLiteral("state_notification_rule");
}

} // namespace palisade::incidententity
