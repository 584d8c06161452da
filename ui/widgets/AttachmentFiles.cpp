#include "ui/widgets/AttachmentFiles.h"

#include "ui/widgets/MessageBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace palisade::ui {

QString AttachmentFiles::chooseToAttach(QWidget* parent, const QString& title)
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(parent, title, start,
                                        tr("PDF documents (*.pdf);;All files (*)"));
}

QString AttachmentFiles::chooseCopyPath(QWidget* parent, const QString& fileName,
                                        const QString& filter)
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(fileName);
    return QFileDialog::getSaveFileName(parent, tr("Save a Decrypted Copy"), start,
                                        filter.isEmpty() ? tr("PDF documents (*.pdf)") : filter);
}

bool AttachmentFiles::reportCopy(MessageBanner* banner, const Result<void>& saved,
                                 const QString& path)
{
    if (!saved) {
        banner->showMessage(MessageBanner::Kind::Error,
                            tr("No copy was saved. %1").arg(saved.error().message));
        return false;
    }
    banner->showMessage(MessageBanner::Kind::Information,
                        tr("A decrypted copy was saved to %1. It is no longer protected by "
                           "this file's encryption.")
                            .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace palisade::ui
