#include "app/cli/CliHelp.h"

#include <algorithm>

namespace palisade::cli {
namespace {

QString optionLabel(const CliOptionSpec& option)
{
    return option.takesValue() ? QStringLiteral("--%1 %2").arg(option.name, option.valueName)
                               : QStringLiteral("--%1").arg(option.name);
}

} // namespace

CliHelp::CliHelp(const std::vector<CliCommandSpec>& commands,
                 const std::vector<CliOptionSpec>& globalOptions)
    : m_commands(commands)
    , m_globalOptions(globalOptions)
{
}

QStringList CliHelp::wrap(const QString& text, int indent, int width)
{
    QStringList lines;
    const QString margin(indent, QLatin1Char(' '));
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            lines << margin + line;
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines << margin + line;
    return lines;
}

QStringList CliHelp::twoColumns(const QList<QPair<QString, QString>>& rows)
{
    qsizetype labelWidth = 0;
    for (const auto& row : rows)
        labelWidth = std::max(labelWidth, row.first.size());
    const int indent = int(labelWidth) + 4;
    QStringList lines;
    for (const auto& row : rows) {
        QStringList text = wrap(row.second, indent);
        const QString label =
            QStringLiteral("  ") + row.first.leftJustified(labelWidth) + QStringLiteral("  ");
        if (text.isEmpty())
            text << QString();
        text.first() = label + text.first().mid(indent);
        lines << text;
    }
    return lines;
}

QStringList CliHelp::optionLines(const std::vector<CliOptionSpec>& options)
{
    QList<QPair<QString, QString>> rows;
    for (const CliOptionSpec& option : options)
        rows << qMakePair(optionLabel(option), option.description);
    return twoColumns(rows);
}

QString CliHelp::usageLine(const CliCommandSpec& command)
{
    QStringList parts{command.needsProgram ? QStringLiteral("palisade-cli --db FILE")
                                           : QStringLiteral("palisade-cli"),
                      command.name()};
    parts << command.operands;
    for (const CliOptionSpec& option : command.options) {
        if (command.requiredOptions.contains(option.name))
            parts << optionLabel(option);
        else
            parts << QLatin1Char('[') + optionLabel(option) + QLatin1Char(']');
    }
    if (command.requiredOptions.contains(QStringLiteral("actor")))
        parts.insert(1, QStringLiteral("--actor NAME"));
    parts << QStringLiteral("[--json]");
    return parts.join(QLatin1Char(' '));
}

QStringList CliHelp::usage(const QString& synopsis)
{
    const QString label = tr("Usage:") + QLatin1Char(' ');
    QStringList lines = wrap(synopsis, int(label.size()));
    if (!lines.isEmpty())
        lines.first() = label + lines.first().mid(label.size());
    return lines;
}

QString CliHelp::general() const
{
    QStringList lines;
    lines << usage(QStringLiteral("palisade-cli --db FILE [--passphrase-file FILE] [--actor NAME] "
                                  "COMMAND [OPTIONS] [--json]"));
    lines << QString();
    lines << wrap(
        tr("Palisade keeps a HIPAA compliance program in one encrypted file. palisade-cli works "
           "with that file without a screen: for scripts, backups and integrity checks."),
        0);
    lines << QString() << tr("Commands:");
    QList<QPair<QString, QString>> rows;
    for (const CliCommandSpec& command : m_commands)
        rows << qMakePair(command.name(), command.summary);
    lines << twoColumns(rows);

    lines << QString() << tr("Options for every command:");
    std::vector<CliOptionSpec> options = m_globalOptions;
    options.push_back(
        {QStringLiteral("help"), {}, tr("Show this help, or a command's help after its name.")});
    options.push_back({QStringLiteral("version"), {}, tr("Show the version.")});
    lines << optionLines(options);

    lines << QString() << tr("Passphrase:");
    lines << wrap(
        tr("Read from the first line of --passphrase-file; otherwise from the first line of "
           "standard input when it is not a terminal; otherwise asked for on the terminal "
           "without echo."),
        2);

    lines << QString() << tr("Exit codes:");
    lines << twoColumns(
        {qMakePair(QStringLiteral("0"), tr("success")),
         qMakePair(QStringLiteral("1"), tr("usage error (unknown command, bad option)")),
         qMakePair(QStringLiteral("2"),
                   tr("cannot unlock (wrong passphrase, not a Palisade file, made by a "
                      "newer Palisade)")),
         qMakePair(QStringLiteral("3"),
                   tr("integrity failure (tampered or damaged file, broken audit trail)")),
         qMakePair(QStringLiteral("4"), tr("invalid input (a rule refused it)")),
         qMakePair(QStringLiteral("5"), tr("file error (file exists, unreadable, disk full)"))});
    lines << QString() << tr("Run 'palisade-cli COMMAND --help' for the options of a command.");
    return lines.join(QLatin1Char('\n'));
}

QString CliHelp::area(const QString& areaName) const
{
    QStringList lines;
    lines << usage(
        QStringLiteral("palisade-cli --db FILE %1 COMMAND [OPTIONS] [--json]").arg(areaName));
    lines << QString() << tr("Commands:");
    QList<QPair<QString, QString>> rows;
    for (const CliCommandSpec& command : m_commands) {
        if (command.words.size() > 1 && command.words.first() == areaName)
            rows << qMakePair(command.name(), command.summary);
    }
    lines << twoColumns(rows);
    lines << QString()
          << tr("Run 'palisade-cli %1 COMMAND --help' for the options of a command.").arg(areaName);
    return lines.join(QLatin1Char('\n'));
}

QString CliHelp::command(const CliCommandSpec& command) const
{
    QStringList lines;
    lines << usage(usageLine(command));
    lines << QString();
    lines << wrap(command.description, 0);
    if (!command.options.empty()) {
        lines << QString() << tr("Options:");
        lines << optionLines(command.options);
    }
    lines << QString() << tr("Options for every command:");
    lines << optionLines(m_globalOptions);
    return lines.join(QLatin1Char('\n'));
}

QString CliHelp::version()
{
    return QStringLiteral("palisade-cli %1").arg(QCoreApplication::applicationVersion());
}

} // namespace palisade::cli
