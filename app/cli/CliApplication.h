#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

class QSettings;

namespace palisade {
class Clock;
}

namespace palisade::cli {

class CliContext;
class CliOutput;

// palisade-cli from its arguments to its exit code: parse, help, library
// check, then the command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::CliApplication)

public:
    CliApplication(QSettings& settings, const Clock& clock);

    int run(const QStringList& arguments, CliOutput& output);

private:
    int runCommand(const CliCommandSpec& command, CliContext& context);

    QSettings& m_settings;
    const Clock& m_clock;
    std::vector<CliCommandSpec> m_commands;
    std::vector<CliOptionSpec> m_globalOptions;
};

} // namespace palisade::cli
