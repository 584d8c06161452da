#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// Where an incident stands under 164.402: a breach until shown otherwise.
enum class BreachStatus
{
    PresumedBreach,
    Breach,
    LowProbability,
    SecuredPhi,
};

QString breachStatusKey(BreachStatus value); // stored form, e.g. "secured_phi"
std::optional<BreachStatus> breachStatusFromKey(const QString& key);
QString breachStatusLabel(BreachStatus value); // translated
std::array<BreachStatus, 4> allBreachStatuss();

} // namespace palisade
