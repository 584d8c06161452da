#pragma once

#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace palisade {

class Program;

// The incidents and breaches section of an evidence pack: the incidents
// discovered in the period and those still open at its end, where each stood
// as a breach on the period's last day, the notices each breach called for
// and whether they went out on time, the assessments (or the presumption of a
// breach where none was documented), and the corrective actions still open.
class IncidentPackSection
{
    Q_DECLARE_TR_FUNCTIONS(palisade::IncidentPackSection)

public:
    static Result<PackSectionContent> build(Program& program, const PackRequest& request);
};

} // namespace palisade
