#pragma once

#include <QCoreApplication>

namespace palisade::cli {

class CliContext;

// The training commands that change the file: import-people,
// import-completions, course add and propose-mapping --save. Their specs are listed with the others
// by TrainingCommands::commands().
class TrainingChangeCommands
{
    // The same translation context as the reading commands.
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::TrainingCommands)

public:
    static int importPeople(CliContext& context);
    static int importCompletions(CliContext& context);
    static int addCourse(CliContext& context);
    static int proposeMapping(CliContext& context);
};

} // namespace palisade::cli
