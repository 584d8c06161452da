#include "ui/session/WizardPassphrasePage.h"

#include "core/util/SecretBuffer.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/PassphraseLineEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace palisade::ui {

WizardPassphrasePage::WizardPassphrasePage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Passphrase"));
    setSubTitle(tr("The passphrase encrypts the program file. It cannot be recovered: if it is "
                   "lost, so is the program. Write it down and keep it somewhere safe."));

    m_passphrase = new PassphraseField(this);
    m_passphrase->setObjectName(QStringLiteral("newPassphraseField"));
    m_confirm = new PassphraseLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("passphraseMatchLabel"));
    m_match->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Confirm:"), m_confirm);
    form->addRow(QString(), m_match);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_passphrase, &PassphraseField::assessmentChanged, this,
            &WizardPassphrasePage::updateMatch);
    connect(m_confirm, &QLineEdit::textChanged, this, &WizardPassphrasePage::updateMatch);
    // Revealing one entry reveals both, so the user can compare them.
    connect(m_passphrase->lineEdit()->revealAction(), &QAction::toggled, m_confirm,
            &PassphraseLineEdit::setRevealed);
    connect(m_confirm->revealAction(), &QAction::toggled, m_passphrase->lineEdit(),
            &PassphraseLineEdit::setRevealed);
    updateMatch();
}

void WizardPassphrasePage::initializePage()
{
    m_passphrase->setContextWords({field(QStringLiteral("organization")).toString(),
                                   field(QStringLiteral("officerName")).toString()});
}

bool WizardPassphrasePage::entriesMatch() const
{
    return !m_confirm->text().isEmpty() && m_confirm->text() == m_passphrase->lineEdit()->text();
}

bool WizardPassphrasePage::isComplete() const
{
    return m_passphrase->isAcceptable() && entriesMatch();
}

SecretBuffer WizardPassphrasePage::secret() const
{
    return m_passphrase->secret();
}

void WizardPassphrasePage::wipe()
{
    m_passphrase->wipe();
    m_confirm->wipe();
}

void WizardPassphrasePage::updateMatch()
{
    const QString confirm = m_confirm->text();
    if (confirm.isEmpty()) {
        m_match->setText(tr("Type the passphrase again to confirm it."));
        m_match->setStyleSheet(QString());
    } else if (entriesMatch()) {
        m_match->setText(tr("The passphrases match."));
        m_match->setStyleSheet(QStringLiteral("color: #1b7a3a;"));
    } else if (m_passphrase->lineEdit()->text().startsWith(confirm)) {
        m_match->setText(tr("Keep typing…"));
        m_match->setStyleSheet(QString());
    } else {
        m_match->setText(tr("The passphrases do not match."));
        m_match->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    emit completeChanged();
}

} // namespace palisade::ui
