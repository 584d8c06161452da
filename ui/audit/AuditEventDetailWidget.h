#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace palisade {
struct AuditEvent;
}

namespace palisade::ui {

class ClipboardGuard;

// The selected audit event in full: its before and after state as indented
// JSON, and the hashes that chain it to the event before it.
class AuditEventDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AuditEventDetailWidget(ClipboardGuard& clipboard, QWidget* parent = nullptr);

    void setAuditEvent(const AuditEvent& event);
    void clear();

    QString beforeText() const;
    QString afterText() const;
    QString hashText() const;
    QString previousHashText() const;

private:
    static QString indentedJson(const QByteArray& json);

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_heading;
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_after;
    QLineEdit* m_hash;
    QLineEdit* m_previousHash;
};

} // namespace palisade::ui
