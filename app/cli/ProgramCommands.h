#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

class CliContext;

// The program file as a whole: init, check, rekey, backup.
class ProgramCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::ProgramCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int init(CliContext& context);
    static int check(CliContext& context);
    static int rekey(CliContext& context);
    static int backup(CliContext& context);
};

} // namespace palisade::cli
