#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

class CliContext;

// The policy library: policy list, show, history, diff and templates read the
// file read-only; add, revise, submit, approve, make-effective and retire
// change it, each through the policy register's rules.
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
    static int add(CliContext& context);
    static int revise(CliContext& context);
    static int submit(CliContext& context);
    static int approve(CliContext& context);
    static int makeEffective(CliContext& context);
    static int retire(CliContext& context);
};

} // namespace palisade::cli
