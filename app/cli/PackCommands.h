#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::cli {

class CliContext;

// Evidence packs for auditors: pack export writes the PDF (and, with
// --bundle, the zip bundle) and records it in the program file; pack verify
// tells whether a PDF or bundle is exactly one this program file exported
// (exit 0) or not (exit 3); pack list shows the exports.
class PackCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::PackCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int exportPack(CliContext& context);
    static int verify(CliContext& context);
    static int list(CliContext& context);

private:
    static int verifyBundle(CliContext& context, Program& program, const QString& file);
};

} // namespace palisade::cli
