#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace palisade::ui {

class MessageBanner;

// Moving attached PDFs between the disk and the encrypted file: choosing a
// PDF to attach, choosing where a decrypted copy goes, and saying how saving
// the copy went. Both choosers start in the user's documents folder and
// return an empty path when cancelled.
class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::AttachmentFiles)

public:
    static QString chooseToAttach(QWidget* parent, const QString& title);
    // `filter` as QFileDialog takes it; PDF documents unless given.
    static QString chooseCopyPath(QWidget* parent, const QString& fileName,
                                  const QString& filter = QString());
    // Shows in `banner` that the copy at `path` was saved, or why not; true when saved.
    static bool reportCopy(MessageBanner* banner, const Result<void>& saved, const QString& path);
};

} // namespace palisade::ui
