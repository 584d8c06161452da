#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

class CliContext;

// Incidents and breach notification: incident list, deadlines and breach-log
// read the file read-only; incident add changes it (IncidentChangeCommands).
class IncidentCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::IncidentCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int list(CliContext& context);
    static int deadlines(CliContext& context);
    static int breachLog(CliContext& context);
};

} // namespace palisade::cli
