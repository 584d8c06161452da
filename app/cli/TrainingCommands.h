#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

class CliContext;

// Workforce training: training people, courses, due and matrix read the file
// read-only; import-people, import-completions and course add change it
// (TrainingChangeCommands).
class TrainingCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::TrainingCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int people(CliContext& context);
    static int courses(CliContext& context);
    static int due(CliContext& context);
    static int matrix(CliContext& context);
};

} // namespace palisade::cli
