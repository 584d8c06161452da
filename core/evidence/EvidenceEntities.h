#pragma once

#include <QString>

namespace palisade::evidenceentity {

// The entity name of an evidence pack's export event. Stored in every event,
// so it never changes.
inline QString pack()
{
    return QStringLiteral("evidence_pack");
}

} // namespace palisade::evidenceentity
