#pragma once

#include <QString>

namespace palisade {

// What went wrong, in the categories the command line reports as exit codes
// and the UI uses to choose how to present a failure.
enum class ErrorKind
{
    Usage = 1,     // the caller asked for something malformed
    Unlock = 2,    // wrong passphrase, not a Palisade file, newer schema
    Integrity = 3, // tampered or corrupt file, broken audit chain
    Invalid = 4,   // a rule refused the input
    Io = 5,        // the file system failed or refused
};

// A failure with a translated, user-readable message. `detail` carries the
// technical cause (an SQLite message, a path) for logs and "show details".
struct Error
{
    ErrorKind kind = ErrorKind::Io;
    QString message;
    QString detail;

    QString text() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

int exitCodeFor(ErrorKind kind);

} // namespace palisade
