#pragma once

#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/PassphraseSource.h"
#include "core/program/Program.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>
#include <optional>

class QSettings;

namespace palisade {
class Clock;
}

namespace palisade::cli {

// What a running command needs: its arguments, the output, the passphrase
// source, the user's settings and the clock; and the one way to unlock.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::CliContext)

public:
    CliContext(const CliArguments& arguments, CliOutput& output, PassphraseSource& passphrases,
               QSettings& settings, const Clock& clock);

    const CliArguments& arguments() const { return m_arguments; }
    CliOutput& output() { return m_output; }
    PassphraseSource& passphrases() { return m_passphrases; }
    QSettings& settings() { return m_settings; }
    const Clock& clock() const { return m_clock; }

    QString programPath() const;
    QString actor() const;
    QString passphrasePrompt() const;

    // Reads the passphrase for the file named by --db, once it is known to exist.
    Result<SecretBuffer> readPassphrase();
    // Reads the passphrase, then unlocks.
    Result<std::unique_ptr<Program>> openProgram(Vault::Access access);
    // A wrong passphrase never touches the file: it is remembered in the
    // user's settings and written to the audit trail at the next read-write
    // unlock.
    Result<std::unique_ptr<Program>> openProgram(const SecretBuffer& passphrase,
                                                 Vault::Access access);

    int fail(const Error& error) { return m_output.fail(error); }
    // A usage error (exit code 1) that ends by pointing at the command's --help.
    int usage(const QString& command, const QString& message);
    // The date of option `name` (YYYY-MM-DD), or `fallback` when it is not
    // given; an invalid date is reported as a usage error and gives nullopt,
    // with `exitCode` set.
    std::optional<QDate> dateOption(const QString& command, const QString& name,
                                    const QDate& fallback, int& exitCode);

private:
    const CliArguments& m_arguments;
    CliOutput& m_output;
    PassphraseSource& m_passphrases;
    QSettings& m_settings;
    const Clock& m_clock;
};

} // namespace palisade::cli
