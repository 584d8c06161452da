#pragma once

#include <QString>

namespace palisade {

// Whether an implementation specification must be implemented as written, or
// may be met by a documented, reasonable alternative (164.306(d)).
enum class Requirement
{
    Required,
    Addressable,
};

QString requirementKey(Requirement requirement); // stored form, e.g. "addressable"
bool requirementFromKey(const QString& key, Requirement& requirement);
QString requirementLabel(Requirement requirement); // translated, for display

} // namespace palisade
