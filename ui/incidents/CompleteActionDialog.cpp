#include "ui/incidents/CompleteActionDialog.h"

#include "core/incidents/CorrectiveActionRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/risk/RiskDateField.h"
#include "ui/widgets/PanelLabels.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace palisade::ui {

CompleteActionDialog::CompleteActionDialog(Program& program, const CorrectiveAction& action,
                                           QWidget* parent)
    : StepDialog(tr("Mark &Done"), QStringLiteral("confirmCompleteActionButton"), parent)
    , m_program(program)
    , m_action(action)
    , m_date(new RiskDateField(this))
{
    setObjectName(QStringLiteral("completeActionDialog"));
    setWindowTitle(tr("Mark Done"));
    const QDate today = program.clock().today();
    m_date->setObjectName(QStringLiteral("completeActionDate"));
    m_date->setDate(today);
    m_date->dateEdit()->setMaximumDate(today);

    auto* what = new QLabel(tr("\u201c%1\u201d").arg(action.title), this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    form->addRow(tr("Done &on:"), m_date);
    body()->addWidget(what);
    body()->addLayout(form);
    body()->addWidget(PanelLabels::hint(
        tr("The done date is recorded once; the audit trail keeps who recorded it."), this));
    m_date->setFocus();
    resize(440, sizeHint().height());
}

QString CompleteActionDialog::apply()
{
    Result<CorrectiveAction> done =
        m_program.correctiveActions().completeAction(m_action.id, m_date->date());
    return done ? QString() : done.error().message;
}

} // namespace palisade::ui
