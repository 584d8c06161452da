#pragma once

#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"
#include "core/util/Result.h"

namespace palisade {

class Program;

// Builds one section of an evidence pack from the program, by the section's
// own class (OverviewPackSection, AuditPackSection, ...).
class PackSectionBuilder
{
public:
    static Result<PackSectionContent> build(Program& program, PackSection section,
                                            const PackRequest& request);
};

} // namespace palisade
