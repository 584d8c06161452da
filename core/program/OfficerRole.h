#pragma once

#include <QString>

namespace palisade {

// The compliance role of the person who keeps the program file.
enum class OfficerRole
{
    PrivacyOfficer,
    SecurityOfficer,
    PrivacyAndSecurityOfficer,
};

QString officerRoleKey(OfficerRole role);                  // stored form, e.g. "privacy"
bool officerRoleFromKey(const QString& key, OfficerRole& role);
QString officerRoleLabel(OfficerRole role);                // translated, for display

} // namespace palisade
