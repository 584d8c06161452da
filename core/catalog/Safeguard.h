#pragma once

#include <QString>

namespace palisade {

// The section of the Security Rule a standard belongs to (164.308 to 164.316).
enum class Safeguard
{
    Administrative,
    Physical,
    Technical,
    Organizational,
    Documentation,
};

QString safeguardKey(Safeguard safeguard); // stored form, e.g. "technical"
bool safeguardFromKey(const QString& key, Safeguard& safeguard);
QString safeguardLabel(Safeguard safeguard); // translated, for display

} // namespace palisade
