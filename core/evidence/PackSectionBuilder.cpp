#include "core/evidence/PackSectionBuilder.h"

#include "core/evidence/AuditPackSection.h"
#include "core/evidence/BaaPackSection.h"
#include "core/evidence/IncidentPackSection.h"
#include "core/evidence/OverviewPackSection.h"
#include "core/evidence/PolicyPackSection.h"
#include "core/evidence/RetentionPackSection.h"
#include "core/evidence/RiskPackSection.h"
#include "core/evidence/TrainingPackSection.h"

#include <QCoreApplication>

namespace palisade {

Result<PackSectionContent> PackSectionBuilder::build(Program& program, PackSection section,
                                                     const PackRequest& request)
{
    switch (section) {
    case PackSection::Overview:
        return OverviewPackSection::build(program, request);
    case PackSection::Audit:
        return AuditPackSection::build(program, request);
    case PackSection::Risks:
        return RiskPackSection::build(program, request);
    case PackSection::Policies:
        return PolicyPackSection::build(program, request);
    case PackSection::Baas:
        return BaaPackSection::build(program, request);
    case PackSection::Training:
        return TrainingPackSection::build(program, request);
    case PackSection::Incidents:
        return IncidentPackSection::build(program, request);
    case PackSection::Retention:
        return RetentionPackSection::build(program, request);
    }
    return Error{ErrorKind::Usage,
                 QCoreApplication::translate("palisade::PackSectionBuilder",
                                             "The %1 section cannot be exported yet.")
                     .arg(packSectionTitle(section)),
                 {}};
}

} // namespace palisade
