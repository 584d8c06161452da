#pragma once

#include <QDialog>

class QPushButton;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;
class PassphraseField;
class PassphraseLineEdit;
class PassphraseMatchLabel;

// Re-encrypts the open program file under a new passphrase, after checking
// the current one. The new passphrase must satisfy the passphrase policy.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(Program& program, QWidget* parent = nullptr);

    PassphraseLineEdit* currentEdit() const { return m_current; }
    PassphraseField* newField() const { return m_new; }
    PassphraseLineEdit* confirmEdit() const { return m_confirm; }
    QPushButton* changeButton() const { return m_change; }
    QString messageText() const;

    void accept() override;

private:
    void updateState();

    Program& m_program;
    PassphraseLineEdit* m_current = nullptr;
    PassphraseField* m_new = nullptr;
    PassphraseLineEdit* m_confirm = nullptr;
    PassphraseMatchLabel* m_match = nullptr;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_change = nullptr;
};

} // namespace palisade::ui
