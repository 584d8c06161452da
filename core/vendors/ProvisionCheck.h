#pragma once

#include "core/vendors/ProvisionState.h"

#include <QString>

namespace palisade {

// One line of an agreement's required-provisions checklist.
struct ProvisionCheck
{
    QString provision; // BaaProvision key
    ProvisionState state = ProvisionState::Unchecked;
    QString clauseReference; // where the agreement says it, e.g. "§4.2"

    friend bool operator==(const ProvisionCheck&, const ProvisionCheck&) = default;
};

} // namespace palisade
