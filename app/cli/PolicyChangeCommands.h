#pragma once

#include <QCoreApplication>

namespace palisade::cli {

class CliContext;

// The policy commands that change the file: add, revise, submit, approve,
// make-effective and retire, each through the policy register's rules. Their
// specs are listed with the others by PolicyCommands::commands().
class PolicyChangeCommands
{
    // The same translation context as the reading commands.
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::PolicyCommands)

public:
    static int add(CliContext& context);
    static int revise(CliContext& context);
    static int submit(CliContext& context);
    static int approve(CliContext& context);
    static int makeEffective(CliContext& context);
    static int retire(CliContext& context);
};

} // namespace palisade::cli
