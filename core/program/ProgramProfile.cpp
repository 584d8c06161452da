#include "core/program/ProgramProfile.h"

namespace palisade {

QJsonObject ProgramProfile::toJson() const
{
    return QJsonObject{
        {QStringLiteral("organization"), organization},
        {QStringLiteral("officer_name"), officerName},
        {QStringLiteral("officer_role"), officerRoleKey(officerRole)},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
    };
}

} // namespace palisade
