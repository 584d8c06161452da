#include "core/storage/StorageError.h"

#include <QCoreApplication>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

namespace palisade {

StorageError::StorageError(int code, int extendedCode, const QString& message, const QString& sql)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_extendedCode(extendedCode)
    , m_message(message)
    , m_sql(sql)
{
}

ErrorKind StorageError::kind() const
{
    switch (m_code & 0xff) {
    case SQLITE_NOTADB:
        return ErrorKind::Unlock;
    case SQLITE_CORRUPT:
        return ErrorKind::Integrity;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return ErrorKind::Invalid;
    default:
        return ErrorKind::Io;
    }
}

Error StorageError::toError(const QString& context) const
{
    QString message;
    switch (m_code & 0xff) {
    case SQLITE_NOTADB:
        message = QCoreApplication::translate(
            "palisade::StorageError",
            "The passphrase is wrong, or the file is not a Palisade program file, or its first "
            "page is damaged. The file was not changed.");
        break;
    case SQLITE_CORRUPT:
        message = QCoreApplication::translate(
            "palisade::StorageError",
            "Integrity failure: part of the program file is damaged or was altered outside "
            "Palisade. The file was not overwritten; restore it from a backup.");
        break;
    case SQLITE_FULL:
        message = QCoreApplication::translate(
            "palisade::StorageError", "The disk is full. Nothing was saved; free some space and try again.");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        message = QCoreApplication::translate(
            "palisade::StorageError", "The program file cannot be written (read-only file or folder).");
        break;
    case SQLITE_CANTOPEN:
        message = QCoreApplication::translate("palisade::StorageError",
                                              "The program file cannot be opened.");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = QCoreApplication::translate(
            "palisade::StorageError", "The program file is in use by another Palisade window or process.");
        break;
    case SQLITE_CONSTRAINT:
        message = QCoreApplication::translate("palisade::StorageError",
                                              "The change conflicts with a rule of the program file.");
        break;
    case SQLITE_IOERR:
        // A commit whose sync failed had written the change: whether it stays
        // is known only once the file is next opened.
        if ((m_extendedCode == SQLITE_IOERR_FSYNC || m_extendedCode == SQLITE_IOERR_DIR_FSYNC) &&
            m_sql.trimmed().startsWith(QStringLiteral("COMMIT"), Qt::CaseInsensitive)) {
            message = QCoreApplication::translate(
                "palisade::StorageError",
                "The disk did not confirm the write, so the change may or may not have been "
                "kept. Close the program file and open it again to see what it holds.");
        } else {
            message = QCoreApplication::translate(
                "palisade::StorageError",
                "A read or write of the program file failed. Nothing was saved.");
        }
        break;
    default:
        message = QCoreApplication::translate("palisade::StorageError",
                                              "The program file reported an error.");
        break;
    }
    if (!context.isEmpty())
        message = context + QStringLiteral(": ") + message;
    return Error{kind(), message, m_message};
}

} // namespace palisade
