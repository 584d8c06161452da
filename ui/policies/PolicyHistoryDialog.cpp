#include "ui/policies/PolicyHistoryDialog.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "ui/policies/PolicyHistoryList.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace palisade::ui {

PolicyHistoryDialog::PolicyHistoryDialog(Program& program, qint64 policyId, QWidget* parent)
    : QDialog(parent)
    , m_list(new PolicyHistoryList(this))
{
    setObjectName(QStringLiteral("policyHistoryDialog"));
    Result<Policy> policy = program.policies().policy(policyId);
    setWindowTitle(policy ? tr("History \u2014 %1 %2").arg(policy->code, policy->title)
                          : tr("Policy History"));
    Result<std::vector<AuditEvent>> events = program.policies().history(policyId);
    if (events)
        m_list->setEvents(*events);
    else
        m_list->showMessage(tr("The history could not be read: %1").arg(events.error().message));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 520);
}

} // namespace palisade::ui
