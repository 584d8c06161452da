#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <vector>

namespace palisade {
struct AuditEvent;
}

namespace palisade::cli {

class CliContext;

// The audit trail: audit list, audit verify. Both open the file read-only.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::AuditCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int list(CliContext& context);
    static int verify(CliContext& context);

    static QJsonObject eventToJson(const AuditEvent& event);
};

} // namespace palisade::cli
