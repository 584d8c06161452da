#pragma once

#include <QString>

namespace palisade {

// How many affected individuals reside in one State or jurisdiction.
struct JurisdictionCount
{
    QString jurisdiction; // a USPS code ("FL", "PR", "DC"), upper case
    int individuals = 0;

    friend bool operator==(const JurisdictionCount&, const JurisdictionCount&) = default;
};

} // namespace palisade
