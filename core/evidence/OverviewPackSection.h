#pragma once

#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace palisade {

class Program;

// The program overview of an evidence pack: whose program it is and who runs
// it, how much it holds at the end of the period, and the findings open on
// that day in each area, so an auditor knows where to look first.
class OverviewPackSection
{
    Q_DECLARE_TR_FUNCTIONS(palisade::OverviewPackSection)

public:
    static Result<PackSectionContent> build(Program& program, const PackRequest& request);
};

} // namespace palisade
