#pragma once

#include <QLineEdit>

class QAction;

namespace palisade {
class SecretBuffer;
}

namespace palisade::ui {

// A line edit for a passphrase: echo off, with a trailing eye button that shows
// or hides what was typed. The text is read out as a SecretBuffer.
class PassphraseLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PassphraseLineEdit(QWidget* parent = nullptr);

    bool isRevealed() const;
    void setRevealed(bool revealed);
    QAction* revealAction() const { return m_reveal; }

    SecretBuffer secret() const;
    // Clears the text and hides it again.
    void wipe();

private:
    void updateRevealAction();

    QAction* m_reveal = nullptr;
};

} // namespace palisade::ui
