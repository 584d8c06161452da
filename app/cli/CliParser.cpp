#include "app/cli/CliParser.h"

namespace palisade::cli {

CliParser::CliParser(const std::vector<CliCommandSpec>& commands,
                     const std::vector<CliOptionSpec>& globalOptions)
    : m_commands(commands)
    , m_globalOptions(globalOptions)
{
}

Error CliParser::usage(const QString& message, const QString& helpFor) const
{
    QString hint;
    if (helpFor.isEmpty())
        hint = tr("Run 'palisade-cli --help' for the list of commands.");
    else if (isArea(helpFor))
        hint = tr("Run 'palisade-cli %1 --help' for its commands.").arg(helpFor);
    else
        hint = tr("Run 'palisade-cli %1 --help' for its options.").arg(helpFor);
    return Error{ErrorKind::Usage, message + QLatin1Char(' ') + hint, {}};
}

const CliOptionSpec* CliParser::findOption(const QString& name) const
{
    for (const CliOptionSpec& option : m_globalOptions) {
        if (option.name == name)
            return &option;
    }
    for (const CliCommandSpec& command : m_commands) {
        if (const CliOptionSpec* option = command.option(name))
            return option;
    }
    return nullptr;
}

bool CliParser::isGlobal(const QString& name) const
{
    for (const CliOptionSpec& option : m_globalOptions) {
        if (option.name == name)
            return true;
    }
    return false;
}

bool CliParser::isArea(const QString& word) const
{
    return !verbsOf(word).isEmpty();
}

QStringList CliParser::verbsOf(const QString& area) const
{
    QStringList verbs;
    for (const CliCommandSpec& command : m_commands) {
        if (command.words.size() > 1 && command.words.first() == area)
            verbs << command.words.at(1);
    }
    return verbs;
}

const CliCommandSpec* CliParser::match(const QStringList& positional) const
{
    const CliCommandSpec* best = nullptr;
    for (const CliCommandSpec& command : m_commands) {
        if (command.words.size() > positional.size())
            continue;
        if (positional.mid(0, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    return best;
}

Result<CliArguments> CliParser::parse(const QStringList& arguments) const
{
    CliArguments result;
    QStringList positional;
    QStringList given;
    bool optionsEnded = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) ||
            argument == QStringLiteral("-")) {
            positional << argument;
            continue;
        }
        if (argument == QStringLiteral("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QStringLiteral("-h") || argument == QStringLiteral("--help")) {
            result.setHelpRequested(true);
            continue;
        }
        if (argument == QStringLiteral("--version")) {
            result.setVersionRequested(true);
            continue;
        }
        if (!argument.startsWith(QStringLiteral("--")))
            return usage(tr("Unknown option '%1'.").arg(argument));

        QString name = argument.mid(2);
        QString inlineValue;
        bool hasInlineValue = false;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
            hasInlineValue = true;
        }
        const CliOptionSpec* option = findOption(name);
        if (!option)
            return usage(tr("Unknown option '--%1'.").arg(name));
        if (given.contains(name))
            return usage(tr("The option '--%1' was given more than once.").arg(name));
        given << name;

        if (!option->takesValue()) {
            if (hasInlineValue)
                return usage(tr("The option '--%1' does not take a value.").arg(name));
            result.setFlag(name);
            continue;
        }
        if (hasInlineValue) {
            result.setValue(name, inlineValue);
        } else if (i + 1 < arguments.size()) {
            result.setValue(name, arguments.at(++i));
        } else {
            return usage(tr("The option '--%1' needs a value (%2).").arg(name, option->valueName));
        }
    }

    if (positional.isEmpty()) {
        if (!result.helpRequested() && !result.versionRequested())
            return usage(tr("No command was given."));
        return result;
    }

    const CliCommandSpec* command = match(positional);
    if (!command) {
        const QString& first = positional.first();
        if (isArea(first)) {
            if (positional.size() == 1 && result.helpRequested()) {
                result.setArea(first);
                return result;
            }
            const QString verbs = verbsOf(first).join(QStringLiteral(", "));
            if (positional.size() == 1)
                return usage(tr("'%1' needs a command: %2.").arg(first, verbs), first);
            return usage(
                tr("Unknown command '%1 %2'; '%1' has: %3.").arg(first, positional.at(1), verbs),
                first);
        }
        return usage(tr("Unknown command '%1'.").arg(first));
    }
    result.setCommand(command);
    const qsizetype allowed = command->words.size() + command->operands.size();
    if (positional.size() > allowed) {
        return usage(
            tr("Unexpected argument '%1' after '%2'.").arg(positional.at(allowed), command->name()),
            command->name());
    }
    result.setOperands(positional.mid(command->words.size()));
    if (result.helpRequested())
        return result;

    for (const QString& name : given) {
        if (!isGlobal(name) && !command->option(name)) {
            return usage(tr("The option '--%1' does not apply to '%2'.").arg(name, command->name()),
                         command->name());
        }
    }
    if (command->needsProgram && !result.has(QStringLiteral("db")))
        return usage(tr("'%1' needs the program file: --db FILE.").arg(command->name()),
                     command->name());
    for (const QString& name : command->requiredOptions) {
        if (result.value(name).trimmed().isEmpty()) {
            const CliOptionSpec* option = findOption(name);
            const QString shown = option ? QStringLiteral("--%1 %2").arg(name, option->valueName)
                                         : QStringLiteral("--%1").arg(name);
            return usage(tr("'%1' needs %2.").arg(command->name(), shown), command->name());
        }
    }
    if (result.operands().size() < command->operands.size()) {
        return usage(tr("'%1' needs %2.")
                         .arg(command->name(), command->operands.at(result.operands().size())),
                     command->name());
    }
    if (result.has(QStringLiteral("db")) && result.value(QStringLiteral("db")).isEmpty())
        return usage(tr("The option '--db' needs a file name."), command->name());
    return result;
}

} // namespace palisade::cli
