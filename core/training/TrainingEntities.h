#pragma once

#include <QString>

namespace palisade::trainingentity {

// The entity names training audit events carry. Stored in every event, so they
// never change. Records under retention use their record type's name.
inline QString person()
{
    return QStringLiteral("person");
}
inline QString role()
{
    return QStringLiteral("workforce_role");
}
inline QString course()
{
    return QStringLiteral("course");
}
inline QString completion()
{
    return QStringLiteral("training_completion");
}
inline QString acknowledgment()
{
    return QStringLiteral("policy_acknowledgment");
}
inline QString campaign()
{
    return QStringLiteral("phishing_campaign");
}
inline QString importBatch()
{
    return QStringLiteral("import_batch");
}
inline QString importMapping()
{
    return QStringLiteral("import_mapping");
}

} // namespace palisade::trainingentity
