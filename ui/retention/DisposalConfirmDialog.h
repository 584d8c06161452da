#pragma once

#include "core/retention/RetentionRecord.h"

#include <QDate>
#include <QDialog>
#include <vector>

class QPushButton;
class QTreeWidget;

namespace palisade::ui {

// Asks before records are destroyed: lists each with the last day it had to
// be kept, says that only a tombstone with the SHA-256 of its content remains,
// and disposes of nothing unless "Dispose" is clicked. Cancel is the default.
class DisposalConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    DisposalConfirmDialog(const std::vector<RetentionRecord>& records, const QDate& asOf,
                          QWidget* parent = nullptr);

    QTreeWidget* recordList() const { return m_list; }
    QPushButton* disposeButton() const { return m_dispose; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    QTreeWidget* m_list;
    QPushButton* m_dispose;
    QPushButton* m_cancel;
};

} // namespace palisade::ui
