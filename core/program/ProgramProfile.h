#pragma once

#include "core/program/OfficerRole.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace palisade {

// Who the program file belongs to, set when it is created.
struct ProgramProfile
{
    QString organization;
    QString officerName;
    OfficerRole officerRole = OfficerRole::PrivacyAndSecurityOfficer;
    QDateTime createdAt; // UTC

    QJsonObject toJson() const;
};

} // namespace palisade
