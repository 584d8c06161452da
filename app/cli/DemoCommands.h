#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

class CliContext;

// 'demo': a new program file filled with six years of a demonstration
// firm's compliance program.
class DemoCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::DemoCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int demo(CliContext& context);
};

} // namespace palisade::cli
