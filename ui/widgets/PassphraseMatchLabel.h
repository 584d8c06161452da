#pragma once

#include <QLabel>

namespace palisade::ui {

class PassphraseLineEdit;

// Says whether a passphrase and its confirmation match, while the user types
// the second. Revealing either entry reveals both, so they can be compared.
class PassphraseMatchLabel : public QLabel
{
    Q_OBJECT

public:
    PassphraseMatchLabel(PassphraseLineEdit* entry, PassphraseLineEdit* confirmation,
                         QString emptyHint, QWidget* parent = nullptr);

    bool matches() const;

signals:
    void stateChanged();

private:
    void refresh();

    PassphraseLineEdit* m_entry;
    PassphraseLineEdit* m_confirmation;
    QString m_emptyHint;
};

} // namespace palisade::ui
