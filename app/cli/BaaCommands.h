#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

class CliContext;

// The vendor and BAA inventory: baa list, counterparties, import, export, due
// and attach. The reading commands open the file read-only.
class BaaCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::BaaCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int list(CliContext& context);
    static int listCounterparties(CliContext& context);
    static int importCsv(CliContext& context);
    static int exportTable(CliContext& context);
    static int due(CliContext& context);
    static int attach(CliContext& context);
};

} // namespace palisade::cli
