#pragma once

#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace palisade::cli {

// Where the passphrase comes from: the first line of --passphrase-file, else
// the first line of standard input when it is not a terminal, else a prompt
// on the terminal with echo off. Bytes go straight into a SecretBuffer.
class PassphraseSource
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::PassphraseSource)

public:
    // Longer lines are refused rather than cut, so a wrong file is noticed.
    static constexpr int maximumLength = 1024;

    explicit PassphraseSource(QString passphraseFile = {});

    Result<SecretBuffer> read(const QString& prompt);
    // Like read(), but a terminal prompt asks twice and compares.
    Result<SecretBuffer> readNew(const QString& prompt, const QString& repeatPrompt);

    // True when standard input is a terminal, where a prompt can be shown.
    static bool canPrompt();
    static Result<SecretBuffer> readFile(const QString& path);
    static Result<SecretBuffer> prompt(const QString& prompt);
    static Result<SecretBuffer> promptTwice(const QString& prompt, const QString& repeatPrompt);

private:
    Result<SecretBuffer> readStandardInput();

    QString m_file;
    bool m_standardInputUsed = false;
};

} // namespace palisade::cli
