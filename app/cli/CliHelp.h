#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <vector>

namespace palisade::cli {

// The texts of --help and --version.
class CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::CliHelp)

public:
    CliHelp(const std::vector<CliCommandSpec>& commands,
            const std::vector<CliOptionSpec>& globalOptions);

    QString general() const;
    QString area(const QString& areaName) const;
    QString command(const CliCommandSpec& command) const;
    static QString version();

private:
    static QString usageLine(const CliCommandSpec& command);
    // "Usage: " and the usage, wrapped under itself.
    static QStringList usage(const QString& synopsis);
    static QStringList optionLines(const std::vector<CliOptionSpec>& options);
    // Two columns: a label padded to a shared width, then its wrapped text.
    static QStringList twoColumns(const QList<QPair<QString, QString>>& rows);
    static QStringList wrap(const QString& text, int indent, int width = 79);

    const std::vector<CliCommandSpec>& m_commands;
    const std::vector<CliOptionSpec>& m_globalOptions;
};

} // namespace palisade::cli
