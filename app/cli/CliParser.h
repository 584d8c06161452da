#pragma once

#include "app/cli/CliArguments.h"
#include "app/cli/CliCommandSpec.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace palisade::cli {

// Turns the words after the program name into a command and its options.
// Options may come before or after the command words; every mistake is a
// usage error whose message says how to get help.
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::CliParser)

public:
    CliParser(const std::vector<CliCommandSpec>& commands,
              const std::vector<CliOptionSpec>& globalOptions);

    Result<CliArguments> parse(const QStringList& arguments) const;

private:
    const CliOptionSpec* findOption(const QString& name) const;
    bool isGlobal(const QString& name) const;
    bool isArea(const QString& word) const;
    QStringList verbsOf(const QString& area) const;
    const CliCommandSpec* match(const QStringList& positional) const;
    Error usage(const QString& message, const QString& helpFor = {}) const;

    const std::vector<CliCommandSpec>& m_commands;
    const std::vector<CliOptionSpec>& m_globalOptions;
};

} // namespace palisade::cli
