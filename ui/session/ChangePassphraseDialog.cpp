#include "ui/session/ChangePassphraseDialog.h"

#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/PassphraseLineEdit.h"
#include "ui/widgets/PassphraseMatchLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

ChangePassphraseDialog::ChangePassphraseDialog(Program& program, QWidget* parent)
    : QDialog(parent)
    , m_program(program)
{
    setWindowTitle(tr("Change Passphrase"));

    auto* intro = new QLabel(tr("The program file is re-encrypted with the new passphrase. Backups "
                                "made earlier keep the passphrase they were made with."),
                             this);
    intro->setWordWrap(true);

    m_current = new PassphraseLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPassphraseEdit"));
    m_new = new PassphraseField(this);
    m_new->setObjectName(QStringLiteral("newPassphraseField"));
    m_new->setContextWords({program.profile().organization, program.profile().officerName});
    m_confirm = new PassphraseLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_match = new PassphraseMatchLabel(m_new->lineEdit(), m_confirm,
                                       tr("Type the new passphrase again to confirm it."), this);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&urrent passphrase:"), m_current);
    form->addRow(tr("&New passphrase:"), m_new);
    form->addRow(tr("&Confirm new:"), m_confirm);
    form->addRow(QString(), m_match);

    m_banner = new MessageBanner(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("C&hange Passphrase"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changeButton"));
    m_change->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);
    connect(m_new, &PassphraseField::assessmentChanged, this, &ChangePassphraseDialog::updateState);
    connect(m_match, &PassphraseMatchLabel::stateChanged, this,
            &ChangePassphraseDialog::updateState);
    updateState();
    setMinimumWidth(560);
    m_current->setFocus();
}

QString ChangePassphraseDialog::messageText() const
{
    return m_banner->text();
}

void ChangePassphraseDialog::updateState()
{
    m_change->setEnabled(!m_current->text().isEmpty() && m_new->isAcceptable() &&
                         m_match->matches());
}

void ChangePassphraseDialog::accept()
{
    if (!m_change->isEnabled())
        return;
    const Result<void> changed = [&] {
        BusyCursor busy;
        const SecretBuffer current = m_current->secret();
        const SecretBuffer next = m_new->secret();
        return m_program.changePassphrase(current, next);
    }();
    if (!changed) {
        const Error& error = changed.error();
        m_banner->showMessage(MessageBanner::Kind::Error,
                              error.kind == ErrorKind::Unlock ? error.message : error.text());
        if (error.kind == ErrorKind::Unlock) {
            m_current->wipe();
            m_current->setFocus();
        }
        return;
    }
    m_current->wipe();
    m_new->wipe();
    m_confirm->wipe();
    QDialog::accept();
}

} // namespace palisade::ui
