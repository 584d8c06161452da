#include "core/evidence/PackSectionBuilder.h"

#include "core/evidence/AuditPackSection.h"
#include "core/evidence/OverviewPackSection.h"

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
    case PackSection::Policies:
    case PackSection::Baas:
    case PackSection::Training:
    case PackSection::Incidents:
    case PackSection::Retention:
        break;
    }
    return Error{ErrorKind::Usage,
                 QCoreApplication::translate("palisade::PackSectionBuilder",
                                             "The %1 section cannot be exported yet.")
                     .arg(packSectionTitle(section)),
                 {}};
}

} // namespace palisade
