#pragma once

#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace palisade {

class Program;

// The audit trail section of an evidence pack: how many changes were recorded
// per area and month of the period, whether the whole hash chain verified at
// export, and the hash at its head, which anyone holding the program file can
// compare.
class AuditPackSection
{
    Q_DECLARE_TR_FUNCTIONS(palisade::AuditPackSection)

public:
    static Result<PackSectionContent> build(Program& program, const PackRequest& request);

    // The area of the program an audited entity belongs to, translated.
    static QString areaOf(const QString& entity);
};

} // namespace palisade
