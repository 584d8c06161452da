#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

class CliContext;

// The policy library's commands: list, show, history, diff and templates,
// which read the file read-only, and the specs of every policy command (the
// changing ones run in PolicyChangeCommands).
class PolicyCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::PolicyCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int list(CliContext& context);
    static int show(CliContext& context);
    static int history(CliContext& context);
    static int diff(CliContext& context);
    static int templates(CliContext& context);
};

} // namespace palisade::cli
