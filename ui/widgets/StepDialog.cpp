#include "ui/widgets/StepDialog.h"

#include "ui/widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

StepDialog::StepDialog(const QString& confirmText, const QString& confirmName, QWidget* parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
    , m_body(new QVBoxLayout)
    , m_confirm(nullptr)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(confirmText);
    m_confirm->setObjectName(confirmName);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_body);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
}

bool StepDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return false;
    const QString refusal = apply();
    if (!refusal.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, refusal);
        return false;
    }
    accept();
    return true;
}

} // namespace palisade::ui
