#pragma once

#include <QString>

namespace palisade::cli {

// One `--name [VALUE]` option a command accepts, with its help text.
struct CliOptionSpec
{
    QString name;      // without the leading dashes
    QString valueName; // shown in help ("FILE"); empty for a flag
    QString description;

    bool takesValue() const { return !valueName.isEmpty(); }
};

} // namespace palisade::cli
