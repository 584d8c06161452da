#pragma once

#include "core/util/Error.h"

#include <QString>

#include <stdexcept>

namespace palisade {

// Thrown by the throwing calls of Database and Statement. Carries the SQLite
// result code so callers can tell a wrong key from corruption or a full disk.
class StorageError : public std::runtime_error
{
public:
    StorageError(int code, int extendedCode, const QString& message, const QString& sql = {});

    int code() const { return m_code; }
    int extendedCode() const { return m_extendedCode; }
    QString message() const { return m_message; }
    QString sql() const { return m_sql; }

    // The category this failure belongs to (unlock, integrity, I/O, invalid).
    ErrorKind kind() const;
    // A user-readable Error for this failure; `context` says what was being done.
    Error toError(const QString& context = {}) const;

private:
    int m_code;
    int m_extendedCode;
    QString m_message;
    QString m_sql;
};

} // namespace palisade
