#pragma once

#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace palisade {

class Program;

// The business associate agreements of an evidence pack: every covered
// entity served and subcontractor used at the end of the period with its
// agreements, their dates, notice terms and required provisions; what was
// due or overdue on that day; and the agreements signed or terminated in the
// period.
class BaaPackSection
{
    Q_DECLARE_TR_FUNCTIONS(palisade::BaaPackSection)

public:
    static Result<PackSectionContent> build(Program& program, const PackRequest& request);
};

} // namespace palisade
