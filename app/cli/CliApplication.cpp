#include "app/cli/CliApplication.h"

#include "app/cli/AssetCommands.h"
#include "app/cli/AuditCommands.h"
#include "app/cli/BaaCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliHelp.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliParser.h"
#include "app/cli/DemoCommands.h"
#include "app/cli/IncidentCommands.h"
#include "app/cli/PackCommands.h"
#include "app/cli/PassphraseSource.h"
#include "app/cli/PolicyCommands.h"
#include "app/cli/ProgramCommands.h"
#include "app/cli/RetentionCommands.h"
#include "app/cli/RiskCommands.h"
#include "app/cli/TrainingCommands.h"
#include "core/storage/StorageError.h"
#include "core/storage/Vault.h"

#include <exception>

namespace palisade::cli {

CliApplication::CliApplication(QSettings& settings, const Clock& clock)
    : m_settings(settings)
    , m_clock(clock)
{
    m_commands = ProgramCommands::commands();
    for (CliCommandSpec& command : AuditCommands::commands())
        m_commands.push_back(std::move(command));
    for (CliCommandSpec& command : AssetCommands::commands())
        m_commands.push_back(std::move(command));
    for (CliCommandSpec& command : RiskCommands::commands())
        m_commands.push_back(std::move(command));
    for (CliCommandSpec& command : BaaCommands::commands())
        m_commands.push_back(std::move(command));
    for (CliCommandSpec& command : PolicyCommands::commands())
        m_commands.push_back(std::move(command));
    for (CliCommandSpec& command : RetentionCommands::commands())
        m_commands.push_back(std::move(command));
    for (CliCommandSpec& command : TrainingCommands::commands())
        m_commands.push_back(std::move(command));
    for (CliCommandSpec& command : IncidentCommands::commands())
        m_commands.push_back(std::move(command));
    for (CliCommandSpec& command : PackCommands::commands())
        m_commands.push_back(std::move(command));
    for (CliCommandSpec& command : DemoCommands::commands())
        m_commands.push_back(std::move(command));

    m_globalOptions = {
        {QStringLiteral("db"), QStringLiteral("FILE"), tr("The program file to work on.")},
        {QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
         tr("Read the passphrase from the first line of FILE.")},
        {QStringLiteral("actor"), QStringLiteral("NAME"),
         tr("Who is acting, as recorded in the audit trail (default: the officer named in the "
            "file). "
            "Required by init.")},
        {QStringLiteral("json"), {}, tr("Print machine-readable JSON on standard output.")},
    };
}

int CliApplication::run(const QStringList& arguments, CliOutput& output)
{
    const CliParser parser(m_commands, m_globalOptions);
    Result<CliArguments> parsed = parser.parse(arguments);
    if (!parsed) {
        output.message(tr("palisade-cli: %1").arg(parsed.error().message));
        return exitCodeFor(ErrorKind::Usage);
    }
    const CliArguments& args = parsed.value();
    output.setJson(args.json());

    const CliHelp help(m_commands, m_globalOptions);
    if (args.helpRequested()) {
        if (args.command())
            output.print(help.command(*args.command()));
        else if (!args.area().isEmpty())
            output.print(help.area(args.area()));
        else
            output.print(help.general());
        return 0;
    }
    if (args.versionRequested()) {
        output.print(CliHelp::version());
        return 0;
    }

    if (Result<QString> library = Vault::checkLibrary(); !library)
        return output.fail(library.error());

    PassphraseSource passphrases(args.value(QStringLiteral("passphrase-file")));
    CliContext context(args, output, passphrases, m_settings, m_clock);
    return runCommand(*args.command(), context);
}

int CliApplication::runCommand(const CliCommandSpec& command, CliContext& context)
{
    // The registers return Results; a storage failure that still escapes
    // (a damaged page met while listing) is reported like any other error.
    try {
        return command.run(context);
    } catch (const StorageError& e) {
        return context.fail(e.toError(tr("'%1' failed").arg(command.name())));
    } catch (const std::exception& e) {
        return context.fail({ErrorKind::Io, tr("'%1' failed unexpectedly.").arg(command.name()),
                             QString::fromLocal8Bit(e.what())});
    }
}

} // namespace palisade::cli
