#include "app/cli/CliContext.h"

#include "core/program/FailedUnlockLog.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QDir>
#include <QFileInfo>

namespace palisade::cli {

CliContext::CliContext(const CliArguments& arguments, CliOutput& output,
                       PassphraseSource& passphrases, QSettings& settings, const Clock& clock)
    : m_arguments(arguments)
    , m_output(output)
    , m_passphrases(passphrases)
    , m_settings(settings)
    , m_clock(clock)
{
}

QString CliContext::programPath() const
{
    return m_arguments.value(QStringLiteral("db"));
}

QString CliContext::actor() const
{
    return m_arguments.value(QStringLiteral("actor")).trimmed();
}

QString CliContext::passphrasePrompt() const
{
    return tr("Passphrase for %1: ").arg(QFileInfo(programPath()).fileName());
}

Result<SecretBuffer> CliContext::readPassphrase()
{
    // Say so before asking for a passphrase that could not be used anyway.
    const QFileInfo file(programPath());
    if (!file.exists()) {
        return Error{ErrorKind::Io, tr("There is no program file at this location."),
                     QDir::toNativeSeparators(file.absoluteFilePath())};
    }
    if (!file.isFile()) {
        return Error{ErrorKind::Io, tr("This is a folder or a device, not a program file."),
                     QDir::toNativeSeparators(file.absoluteFilePath())};
    }
    return m_passphrases.read(passphrasePrompt());
}

Result<std::unique_ptr<Program>> CliContext::openProgram(Vault::Access access)
{
    Result<SecretBuffer> passphrase = readPassphrase();
    if (!passphrase)
        return passphrase.error();
    return openProgram(passphrase.value(), access);
}

Result<std::unique_ptr<Program>> CliContext::openProgram(const SecretBuffer& passphrase,
                                                         Vault::Access access)
{
    const QString path = programPath();
    FailedUnlockLog failedUnlocks(m_settings);
    Program::UnlockOptions options;
    options.actor = actor();
    options.access = access;
    const std::vector<QDateTime> earlierFailures = failedUnlocks.failures(path);
    if (access == Vault::Access::ReadWrite)
        options.failedAttempts = earlierFailures;

    Result<std::unique_ptr<Program>> unlocked = Program::unlock(path, passphrase, options, m_clock);
    if (!unlocked) {
        if (unlocked.error().kind == ErrorKind::Unlock && QFileInfo(path).isFile())
            failedUnlocks.recordFailure(path, m_clock.nowUtc());
        return unlocked;
    }
    if (!earlierFailures.empty()) {
        const int count = int(earlierFailures.size());
        const QString latest =
            earlierFailures.back().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (access == Vault::Access::ReadWrite) {
            failedUnlocks.clear(path);
            m_output.message(
                tr("Note: failed unlock attempts since the last unlock: %1 (the latest at %2 "
                   "UTC). They are now recorded in the audit trail.")
                    .arg(count)
                    .arg(latest));
        } else {
            m_output.message(
                tr("Note: failed unlock attempts since the last unlock: %1 (the latest at %2 "
                   "UTC). They will be recorded in the audit trail at the next read-write "
                   "unlock.")
                    .arg(count)
                    .arg(latest));
        }
    }
    return unlocked;
}

int CliContext::usage(const QString& command, const QString& message)
{
    const QString help =
        QCoreApplication::translate("palisade::cli::CliParser",
                                    "Run 'palisade-cli %1 --help' for its options.")
            .arg(command);
    return fail({ErrorKind::Usage, message + QLatin1Char(' ') + help, {}});
}

std::optional<QDate> CliContext::dateOption(const QString& command, const QString& name,
                                            const QDate& fallback, int& exitCode)
{
    if (!m_arguments.has(name))
        return fallback;
    const QDate date = dateFromIso(m_arguments.value(name));
    if (date.isValid())
        return date;
    exitCode = usage(
        command,
        tr("'--%1' needs a date as YYYY-MM-DD, not '%2'.").arg(name, m_arguments.value(name)));
    return std::nullopt;
}

} // namespace palisade::cli
