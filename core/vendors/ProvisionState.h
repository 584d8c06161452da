#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// Whether an agreement contains a required provision.
enum class ProvisionState
{
    Unchecked,
    Present,
    Missing,
    NotApplicable,
};

QString provisionStateKey(ProvisionState value); // stored form, e.g. "unchecked"
std::optional<ProvisionState> provisionStateFromKey(const QString& key);
QString provisionStateLabel(ProvisionState value); // translated
std::array<ProvisionState, 4> allProvisionStates();

} // namespace palisade
