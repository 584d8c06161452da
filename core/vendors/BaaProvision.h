#pragma once

#include "core/vendors/ProvisionCheck.h"

#include <QString>
#include <vector>

namespace palisade {

// A provision every business associate agreement must contain, per
// 164.504(e)(2) and 164.314(a)(2)(i).
struct BaaProvision
{
    QString key;      // stored in agreement_provision.provision; never changes
    QString citation; // e.g. "164.504(e)(2)(ii)(J)"
    QString label;    // translated

    // The required provisions, in the order of the regulation.
    static const std::vector<BaaProvision>& all();
    static const BaaProvision* find(const QString& key);
    // One check per provision in catalog order: those in `marked` as given,
    // the rest unchecked; checks of unknown provisions are dropped.
    static std::vector<ProvisionCheck> checklist(const std::vector<ProvisionCheck>& marked);
};

} // namespace palisade
