#include "ui/policies/EffectiveDateDialog.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/policies/PolicyLabels.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

EffectiveDateDialog::EffectiveDateDialog(Program& program, const Policy& policy,
                                         const PolicyRevision& revision,
                                         const std::vector<PolicyRevision>& revisions,
                                         QWidget* parent)
    : StepDialog(tr("&Make Effective"), QStringLiteral("confirmEffectiveButton"), parent)
    , m_program(program)
    , m_policy(policy)
    , m_revision(revision)
    , m_date(new QDateEdit(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("effectiveDateDialog"));
    setWindowTitle(
        tr("Make Effective \u2014 %1").arg(PolicyRegister::revisionName(policy, revision)));
    for (const PolicyRevision& other : revisions) {
        if (other.id != revision.id && other.state == RevisionState::Effective)
            m_predecessor = other;
    }

    QDate first = std::max(program.clock().today(), revision.approvedOn);
    if (m_predecessor && first <= m_predecessor->effectiveOn)
        first = m_predecessor->effectiveOn.addDays(1);
    m_date->setObjectName(QStringLiteral("effectiveDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(revision.approvedOn);
    m_date->setDate(first);
    m_explanation->setObjectName(QStringLiteral("effectiveExplanation"));
    m_explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("In &effect from:"), m_date);
    body()->addLayout(form);
    body()->addSpacing(6);
    body()->addWidget(m_explanation);

    connect(m_date, &QDateEdit::dateChanged, this, &EffectiveDateDialog::explain);
    explain();
    m_date->setFocus();
    resize(520, sizeHint().height());
}

void EffectiveDateDialog::explain()
{
    const QString rev = PolicyLabels::revisionShort(m_revision.number);
    const QString on = PolicyLabels::date(m_date->date());
    QString text = tr("%1 was approved on %2.").arg(rev, PolicyLabels::date(m_revision.approvedOn));
    if (m_predecessor)
        text +=
            QLatin1Char(' ') + tr("It supersedes %1, in effect since %2; %3 is the last day of %1.")
                                   .arg(PolicyLabels::revisionShort(m_predecessor->number),
                                        PolicyLabels::date(m_predecessor->effectiveOn), on);
    else
        text += QLatin1Char(' ') +
                tr("It is the first revision of %1 to take effect.").arg(m_policy.code);
    if (m_date->date() > m_program.clock().today())
        text += QLatin1Char(' ') + tr("The date lies ahead: %1 is scheduled until then.").arg(rev);
    m_explanation->setText(text);
}

QString EffectiveDateDialog::explanation() const
{
    return m_explanation->text();
}

QString EffectiveDateDialog::apply()
{
    Result<PolicyRevision> effective =
        m_program.policies().makeEffective(m_revision.id, m_date->date());
    return effective ? QString() : effective.error().message;
}

} // namespace palisade::ui
