#pragma once

#include <QCoreApplication>

namespace palisade::cli {

class CliContext;

// The incident commands that change the file: incident add. Its spec is
// listed with the others by IncidentCommands::commands().
class IncidentChangeCommands
{
    // The same translation context as the reading commands.
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::IncidentCommands)

public:
    static int add(CliContext& context);
};

} // namespace palisade::cli
