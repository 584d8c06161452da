#pragma once

#include "core/evidence/PackBlock.h"
#include "core/evidence/PackCover.h"
#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"

#include <vector>

namespace palisade {

// An evidence pack read from the program and put together, ready to be
// rendered: it holds copies of everything it shows, so rendering needs no
// access to the program (and may run on another thread).
struct PreparedPack
{
    PackRequest request;
    PackCover cover;
    std::vector<PackSectionContent> sections;
    std::vector<PackBlock> blocks;
};

} // namespace palisade
