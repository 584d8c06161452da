#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace palisade::cli {

struct CliCommandSpec;

// What the user asked for: the command (if any) and the options given.
class CliArguments
{
public:
    const CliCommandSpec* command() const { return m_command; }
    // The area named without a command ("audit" in `palisade-cli audit --help`).
    const QString& area() const { return m_area; }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }

    bool has(const QString& name) const
    {
        return m_values.contains(name) || m_flags.contains(name);
    }
    QString value(const QString& name) const { return m_values.value(name); }
    // The words after the command's own, in the order of CliCommandSpec::operands.
    const QStringList& operands() const { return m_operands; }
    bool json() const { return m_flags.contains(QStringLiteral("json")); }

    void setCommand(const CliCommandSpec* command) { m_command = command; }
    void setArea(const QString& area) { m_area = area; }
    void setHelpRequested(bool requested) { m_help = requested; }
    void setVersionRequested(bool requested) { m_version = requested; }
    void setValue(const QString& name, const QString& value) { m_values.insert(name, value); }
    void setFlag(const QString& name) { m_flags.insert(name); }
    void setOperands(const QStringList& operands) { m_operands = operands; }

private:
    const CliCommandSpec* m_command = nullptr;
    QString m_area;
    bool m_help = false;
    bool m_version = false;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_operands;
};

} // namespace palisade::cli
