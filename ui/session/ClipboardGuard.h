#pragma once

#include <QObject>
#include <QString>

namespace palisade::ui {

// Puts text on the clipboard for Palisade and remembers it, so that locking
// can clear the clipboard when, and only when, it still holds our text.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    void copy(const QString& text);
    bool holdsOurText() const;
    // Clears the clipboard if it still holds the last text copied from Palisade.
    void clearIfOurs();

private:
    QString m_lastCopied;
};

} // namespace palisade::ui
