#pragma once

#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace palisade {

class Program;

// The policies and procedures of an evidence pack: each policy in use at the
// end of the period with the revision then in effect and where it stood
// against its review cycle, policies with no revision in effect as findings,
// and the revisions whose state changed or that were approved in the period,
// with every approval.
class PolicyPackSection
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PolicyPackSection)

public:
    static Result<PackSectionContent> build(Program& program, const PackRequest& request);
};

} // namespace palisade
