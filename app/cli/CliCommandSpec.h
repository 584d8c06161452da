#pragma once

#include "app/cli/CliOptionSpec.h"

#include <QStringList>
#include <QStringView>
#include <functional>
#include <utility>
#include <vector>

namespace palisade::cli {

class CliContext;

// A command the command line knows: its words ("audit", "list"), help texts,
// options and the function that runs it and returns the exit code.
struct CliCommandSpec
{
    QStringList words;
    QString summary;     // one line for the command list
    QString description; // a paragraph for the command's --help
    std::vector<CliOptionSpec> options;
    QStringList requiredOptions;
    QStringList operands; // required words after the command, as help shows them ("FILE")
    std::function<int(CliContext&)> run;
    bool needsProgram = true; // whether --db is required

    // A command of a group ("pack", "export") with its help texts.
    static CliCommandSpec make(QStringView group, const QString& verb, const QString& summary,
                               const QString& description, std::function<int(CliContext&)> run)
    {
        CliCommandSpec spec;
        spec.words = {group.toString(), verb};
        spec.summary = summary;
        spec.description = description;
        spec.run = std::move(run);
        return spec;
    }

    QString name() const { return words.join(QLatin1Char(' ')); }
    const CliOptionSpec* option(const QString& optionName) const
    {
        for (const CliOptionSpec& candidate : options) {
            if (candidate.name == optionName)
                return &candidate;
        }
        return nullptr;
    }
};

} // namespace palisade::cli
