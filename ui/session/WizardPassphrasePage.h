#pragma once

#include <QWizardPage>

namespace palisade {
class SecretBuffer;
}

namespace palisade::ui {

class PassphraseField;
class PassphraseLineEdit;
class PassphraseMatchLabel;

// The passphrase that encrypts the new file, typed twice. Next stays disabled
// until the policy accepts it and both entries match.
class WizardPassphrasePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardPassphrasePage(QWidget* parent = nullptr);

    PassphraseField* passphraseField() const { return m_passphrase; }
    PassphraseLineEdit* confirmEdit() const { return m_confirm; }
    bool entriesMatch() const;
    SecretBuffer secret() const;
    void wipe();

    void initializePage() override;
    bool isComplete() const override;

private:
    PassphraseField* m_passphrase = nullptr;
    PassphraseLineEdit* m_confirm = nullptr;
    PassphraseMatchLabel* m_match = nullptr;
};

} // namespace palisade::ui
