#include "core/program/OfficerRole.h"

#include <QCoreApplication>

namespace palisade {

QString officerRoleKey(OfficerRole role)
{
    switch (role) {
    case OfficerRole::PrivacyOfficer:
        return QStringLiteral("privacy");
    case OfficerRole::SecurityOfficer:
        return QStringLiteral("security");
    case OfficerRole::PrivacyAndSecurityOfficer:
        return QStringLiteral("privacy+security");
    }
    return {};
}

bool officerRoleFromKey(const QString& key, OfficerRole& role)
{
    for (OfficerRole candidate : {OfficerRole::PrivacyOfficer, OfficerRole::SecurityOfficer,
                                  OfficerRole::PrivacyAndSecurityOfficer}) {
        if (officerRoleKey(candidate) == key) {
            role = candidate;
            return true;
        }
    }
    return false;
}

QString officerRoleLabel(OfficerRole role)
{
    switch (role) {
    case OfficerRole::PrivacyOfficer:
        return QCoreApplication::translate("palisade::OfficerRole", "Privacy officer");
    case OfficerRole::SecurityOfficer:
        return QCoreApplication::translate("palisade::OfficerRole", "Security officer");
    case OfficerRole::PrivacyAndSecurityOfficer:
        return QCoreApplication::translate("palisade::OfficerRole", "Privacy and security officer");
    }
    return {};
}

} // namespace palisade
