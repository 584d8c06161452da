#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace palisade::ui {

class MessageBanner;

// Deleting a record from a page: the question asked first, and what the
// page's banner says afterwards. A register refuses deletions that its rules
// or the retention period forbid; the refusal is shown as a warning.
class RecordDeletion
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::RecordDeletion)

public:
    // Asks `question` in a box titled `title` with Delete and Cancel, Cancel
    // the default; true when Delete is chosen.
    static bool confirm(QWidget* parent, const QString& objectName, const QString& title,
                        const QString& question);
    // Shows why `removed` was refused, or else `deletedText`; true when it was deleted.
    static bool report(MessageBanner* banner, const Result<void>& removed,
                       const QString& deletedText);
};

} // namespace palisade::ui
