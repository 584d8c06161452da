#pragma once

#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace palisade {

class Program;

// The workforce training section of an evidence pack: how complete each
// course and department was at the end of the period, who was overdue for
// what and by how long, who had PHI access before their onboarding training,
// and the training completed and phishing simulations run within the period.
class TrainingPackSection
{
    Q_DECLARE_TR_FUNCTIONS(palisade::TrainingPackSection)

public:
    static Result<PackSectionContent> build(Program& program, const PackRequest& request);
};

} // namespace palisade
