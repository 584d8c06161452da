#pragma once

#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace palisade {

class Program;

// The retention section of an evidence pack: how long each type of record is
// kept and from which date, the legal holds placed, in force or released in
// the period, and the records disposed of in it with the SHA-256 of what was
// destroyed.
class RetentionPackSection
{
    Q_DECLARE_TR_FUNCTIONS(palisade::RetentionPackSection)

public:
    static Result<PackSectionContent> build(Program& program, const PackRequest& request);
};

} // namespace palisade
