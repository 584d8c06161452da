#pragma once

#include <QObject>

class QWidget;

namespace palisade::ui {

class ClipboardGuard;

// Routes copies out of read-only text widgets (QLineEdit, QPlainTextEdit)
// through the ClipboardGuard, so that locking can clear what was copied.
class GuardedCopyFilter : public QObject
{
    Q_OBJECT

public:
    GuardedCopyFilter(ClipboardGuard& clipboard, QObject* parent = nullptr);

    void watch(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static QString selectedText(QObject* widget);
    static void selectAll(QObject* widget);
    void copyFrom(QObject* widget);

    ClipboardGuard& m_clipboard;
};

} // namespace palisade::ui
