#pragma once

#include <QTableView>

namespace palisade::ui {

// The audit events table. Copy (Ctrl+C and the context menu) is reported as
// copyRequested() instead of going to the clipboard directly, so the page can
// send it through the ClipboardGuard.
class AuditTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AuditTableView(QWidget* parent = nullptr);

    // The selected rows, in view order, as tab-separated lines.
    QString selectedRowsAsText() const;

signals:
    void copyRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
};

} // namespace palisade::ui
