#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// What kind of event an incident is; informs reports and the breach log.
enum class IncidentKind
{
    MisdirectedCommunication,
    LostOrStolenDevice,
    PhishingCompromise,
    WrongPatientAttachment,
    UnauthorizedAccess,
    Ransomware,
    Other,
};

QString incidentKindKey(IncidentKind value); // stored form, e.g. "other"
std::optional<IncidentKind> incidentKindFromKey(const QString& key);
QString incidentKindLabel(IncidentKind value); // translated
std::array<IncidentKind, 7> allIncidentKinds();

} // namespace palisade
