#pragma once

#include "core/evidence/PackItem.h"

#include <QString>
#include <vector>

namespace palisade {

// A laid-out page of an evidence pack.
struct PackPage
{
    // The section the page belongs to, for the running header; empty on the
    // cover and the contents.
    QString section;
    std::vector<PackItem> items;
};

} // namespace palisade
