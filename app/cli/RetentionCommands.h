#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

class CliContext;

// Six-year retention: retention rules, report, holds and log read the file
// read-only; hold, release and dispose change it through the retention
// register.
class RetentionCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::RetentionCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int rules(CliContext& context);
    static int report(CliContext& context);
    static int holds(CliContext& context);
    static int hold(CliContext& context);
    static int release(CliContext& context);
    static int dispose(CliContext& context);
    static int log(CliContext& context);
};

} // namespace palisade::cli
