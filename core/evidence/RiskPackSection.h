#pragma once

#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace palisade {

class Program;
struct RiskRegisterSnapshot;

// The risk analysis and risk management plan of an evidence pack: how risks
// are rated, the inherent and residual heat maps and the register as they
// stood at the end of the period, the remediation done in the period and
// still open at its end, and the risks accepted with who approved them and
// until when.
class RiskPackSection
{
    Q_DECLARE_TR_FUNCTIONS(palisade::RiskPackSection)

public:
    static Result<PackSectionContent> build(Program& program, const PackRequest& request);
    // The same from a register already rebuilt as of the period's end.
    static PackSectionContent build(const RiskRegisterSnapshot& snapshot,
                                    const PackRequest& request);
};

} // namespace palisade
