#include "app/cli/PassphraseSource.h"

#include "app/cli/EchoSuppressor.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace palisade::cli {
namespace {

enum class LineStatus
{
    Complete,
    TooLong,
    Failed,
};

// Reads one line, one byte at a time so nothing after it is consumed and no
// stream buffer keeps a copy. The capacity is reserved up front: appending
// never reallocates, so no stray copy of the secret is left in freed memory.
// `next` returns 1 for a byte, 0 at the end, -1 on error.
template <typename NextByte> LineStatus readLine(NextByte next, SecretBuffer& secret)
{
    QByteArray line;
    line.reserve(PassphraseSource::maximumLength + 1);
    LineStatus status = LineStatus::Complete;
    char byte = 0;
    while (true) {
        const int got = next(byte);
        if (got < 0) {
            status = LineStatus::Failed;
            break;
        }
        if (got == 0 || byte == '\n')
            break;
        if (line.size() >= PassphraseSource::maximumLength) {
            status = LineStatus::TooLong;
            break;
        }
        line.append(byte);
    }
    byte = 0;
    if (line.endsWith('\r')) {
        line[line.size() - 1] = '\0';
        line.chop(1);
    }
    secret = SecretBuffer(std::move(line));
    if (status != LineStatus::Complete)
        secret.wipe();
    return status;
}

int readStandardInputByte(char& byte)
{
    while (true) {
#ifdef Q_OS_WIN
        const int got = _read(0, &byte, 1);
#else
        const auto got = ::read(STDIN_FILENO, &byte, 1);
#endif
        if (got < 0 && errno == EINTR)
            continue;
        return got < 0 ? -1 : int(got);
    }
}

} // namespace

PassphraseSource::PassphraseSource(QString passphraseFile)
    : m_file(std::move(passphraseFile))
{
}

bool PassphraseSource::canPrompt()
{
#ifdef Q_OS_WIN
    return _isatty(0) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

Result<SecretBuffer> PassphraseSource::read(const QString& promptText)
{
    if (!m_file.isEmpty())
        return readFile(m_file);
    if (!canPrompt())
        return readStandardInput();
    return prompt(promptText);
}

Result<SecretBuffer> PassphraseSource::readNew(const QString& promptText,
                                               const QString& repeatPrompt)
{
    if (m_file.isEmpty() && canPrompt())
        return promptTwice(promptText, repeatPrompt);
    return read(promptText);
}

Result<SecretBuffer> PassphraseSource::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error{ErrorKind::Io, tr("The passphrase file cannot be read."),
                     QDir::toNativeSeparators(path) + QStringLiteral(": ") + file.errorString()};
    }
    SecretBuffer secret;
    const LineStatus status =
        readLine([&](char& byte) { return int(file.read(&byte, 1)); }, secret);
    if (status == LineStatus::Failed) {
        return Error{ErrorKind::Io, tr("The passphrase file cannot be read."),
                     QDir::toNativeSeparators(path) + QStringLiteral(": ") + file.errorString()};
    }
    if (status == LineStatus::TooLong) {
        return Error{ErrorKind::Usage,
                     tr("The first line of the passphrase file is longer than %1 bytes; is it the "
                        "right file?")
                         .arg(maximumLength),
                     QDir::toNativeSeparators(path)};
    }
    if (secret.isEmpty()) {
        return Error{ErrorKind::Usage, tr("The first line of the passphrase file is empty."),
                     QDir::toNativeSeparators(path)};
    }
    return secret;
}

Result<SecretBuffer> PassphraseSource::readStandardInput()
{
    if (m_standardInputUsed) {
        return Error{ErrorKind::Usage,
                     tr("Standard input holds only one passphrase; give the other one in a file."),
                     {}};
    }
    m_standardInputUsed = true;
    SecretBuffer secret;
    const LineStatus status = readLine(readStandardInputByte, secret);
    if (status == LineStatus::Failed)
        return Error{ErrorKind::Io, tr("Standard input cannot be read."), {}};
    if (status == LineStatus::TooLong) {
        return Error{
            ErrorKind::Usage,
            tr("The passphrase on standard input is longer than %1 bytes.").arg(maximumLength),
            {}};
    }
    if (secret.isEmpty()) {
        return Error{ErrorKind::Usage,
                     tr("No passphrase was given. Use --passphrase-file FILE, send it on standard "
                        "input, or run palisade-cli in a terminal to be asked for it."),
                     {}};
    }
    return secret;
}

Result<SecretBuffer> PassphraseSource::prompt(const QString& promptText)
{
    std::fputs(promptText.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    SecretBuffer secret;
    LineStatus status = LineStatus::Complete;
    {
        EchoSuppressor quiet;
        status = readLine(readStandardInputByte, secret);
    }
    if (status == LineStatus::Failed)
        return Error{ErrorKind::Io, tr("The terminal cannot be read."), {}};
    if (status == LineStatus::TooLong)
        return Error{
            ErrorKind::Usage, tr("The passphrase is longer than %1 bytes.").arg(maximumLength), {}};
    if (secret.isEmpty())
        return Error{ErrorKind::Usage, tr("No passphrase was entered."), {}};
    return secret;
}

Result<SecretBuffer> PassphraseSource::promptTwice(const QString& promptText,
                                                   const QString& repeatPrompt)
{
    Result<SecretBuffer> first = prompt(promptText);
    if (!first)
        return first;
    Result<SecretBuffer> second = prompt(repeatPrompt);
    if (!second)
        return second;
    if (!first.value().equals(second.value()))
        return Error{
            ErrorKind::Invalid, tr("The two passphrases do not match; nothing was changed."), {}};
    return std::move(first).value();
}

} // namespace palisade::cli
