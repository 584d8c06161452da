#include "ui/widgets/RecordDeletion.h"

#include "ui/widgets/MessageBanner.h"

#include <QMessageBox>
#include <QPushButton>

namespace palisade::ui {

bool RecordDeletion::confirm(QWidget* parent, const QString& objectName, const QString& title,
                             const QString& question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.setObjectName(objectName);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool RecordDeletion::report(MessageBanner* banner, const Result<void>& removed,
                            const QString& deletedText)
{
    if (!removed) {
        banner->showMessage(MessageBanner::Kind::Warning,
                            tr("Not deleted: %1").arg(removed.error().message));
        return false;
    }
    banner->showMessage(MessageBanner::Kind::Information, deletedText);
    return true;
}

} // namespace palisade::ui
