#pragma once

#include "core/evidence/PackBlock.h"
#include "core/evidence/PackSection.h"

#include <QByteArray>
#include <vector>

namespace palisade {

// One section of an evidence pack as built from the program: what it shows,
// how many records it covers, and those records in canonical JSON, whose
// SHA-256 the manifest lists so the data behind each section can be checked.
struct PackSectionContent
{
    PackSection section = PackSection::Overview;
    std::vector<PackBlock> blocks; // after the section heading
    int recordCount = 0;
    QByteArray canonicalData;
};

} // namespace palisade
