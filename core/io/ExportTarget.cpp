#include "core/io/ExportTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace palisade {

Result<void> ExportTarget::check(const QString& path, OverwritePolicy policy)
{
    if (path.trimmed().isEmpty())
        return Error{ErrorKind::Usage,
                     QCoreApplication::translate("palisade::ExportTarget",
                                                 "No file name was given for the export."),
                     {}};
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("palisade::ExportTarget",
                                                 "Cannot save “%1”: the folder “%2” does not "
                                                 "exist.")
                         .arg(QDir::toNativeSeparators(path), folder),
                     {}};
    if (info.isDir())
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("palisade::ExportTarget",
                                                 "Cannot save “%1”: it is a folder, not a file.")
                         .arg(QDir::toNativeSeparators(path)),
                     {}};
    if (policy == OverwritePolicy::Refuse && (info.exists() || info.isSymLink()))
        return alreadyExists(path);
    return {};
}

Error ExportTarget::alreadyExists(const QString& path)
{
    return Error{ErrorKind::Io,
                 QCoreApplication::translate("palisade::ExportTarget",
                                             "“%1” already exists. Choose another name, or allow "
                                             "replacing the file.")
                     .arg(QDir::toNativeSeparators(path)),
                 {}};
}

Error ExportTarget::writeFailed(const QString& path, const QString& detail)
{
    return Error{ErrorKind::Io,
                 QCoreApplication::translate("palisade::ExportTarget",
                                             "Cannot save “%1”. Check that the disk has free space "
                                             "and that you may write to the folder.")
                     .arg(QDir::toNativeSeparators(path)),
                 detail};
}

} // namespace palisade
