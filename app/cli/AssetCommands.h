#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

class CliContext;

// The asset inventory: asset list, asset import, asset export.
class AssetCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::AssetCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int list(CliContext& context);
    static int importCsv(CliContext& context);
    static int exportTable(CliContext& context);
};

} // namespace palisade::cli
