#include "ui/widgets/PassphraseMatchLabel.h"

#include "ui/widgets/PassphraseLineEdit.h"

#include <QAction>

namespace palisade::ui {

PassphraseMatchLabel::PassphraseMatchLabel(PassphraseLineEdit* entry,
                                           PassphraseLineEdit* confirmation, QString emptyHint,
                                           QWidget* parent)
    : QLabel(parent)
    , m_entry(entry)
    , m_confirmation(confirmation)
    , m_emptyHint(std::move(emptyHint))
{
    setObjectName(QStringLiteral("passphraseMatchLabel"));
    setWordWrap(true);
    connect(m_entry, &QLineEdit::textChanged, this, &PassphraseMatchLabel::refresh);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseMatchLabel::refresh);
    connect(m_entry->revealAction(), &QAction::toggled, m_confirmation,
            &PassphraseLineEdit::setRevealed);
    connect(m_confirmation->revealAction(), &QAction::toggled, m_entry,
            &PassphraseLineEdit::setRevealed);
    refresh();
}

bool PassphraseMatchLabel::matches() const
{
    return !m_confirmation->text().isEmpty() && m_confirmation->text() == m_entry->text();
}

void PassphraseMatchLabel::refresh()
{
    const QString confirmation = m_confirmation->text();
    if (confirmation.isEmpty()) {
        setText(m_emptyHint);
        setStyleSheet(QString());
    } else if (matches()) {
        setText(tr("The passphrases match."));
        setStyleSheet(QStringLiteral("color: #1b7a3a;"));
    } else if (m_entry->text().startsWith(confirmation)) {
        setText(tr("Keep typing…"));
        setStyleSheet(QString());
    } else {
        setText(tr("The passphrases do not match."));
        setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    emit stateChanged();
}

} // namespace palisade::ui
