#include "ui/session/WizardPassphrasePage.h"

#include "core/util/SecretBuffer.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/PassphraseLineEdit.h"
#include "ui/widgets/PassphraseMatchLabel.h"

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
    m_match = new PassphraseMatchLabel(m_passphrase->lineEdit(), m_confirm,
                                       tr("Type the passphrase again to confirm it."), this);

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
            &WizardPassphrasePage::completeChanged);
    connect(m_match, &PassphraseMatchLabel::stateChanged, this,
            &WizardPassphrasePage::completeChanged);
}

void WizardPassphrasePage::initializePage()
{
    m_passphrase->setContextWords({field(QStringLiteral("organization")).toString(),
                                   field(QStringLiteral("officerName")).toString()});
}

bool WizardPassphrasePage::entriesMatch() const
{
    return m_match->matches();
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

} // namespace palisade::ui
