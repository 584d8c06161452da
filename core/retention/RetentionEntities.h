#pragma once

#include <QString>

namespace palisade::retentionentity {

// The entity names of retention's audit events. Stored in every event, so they
// never change.
inline QString retention()
{
    return QStringLiteral("retention");
}
inline QString legalHold()
{
    return QStringLiteral("legal_hold");
}

} // namespace palisade::retentionentity
