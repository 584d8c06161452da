#include "ui/vendors/AgreementNoticeTab.h"

#include "core/vendors/AgreementValidator.h"
#include "ui/widgets/MessageBanner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace palisade::ui {

AgreementNoticeTab::AgreementNoticeTab(QWidget* parent)
    : QWidget(parent)
    , m_breach(new QSpinBox(this))
    , m_incident(new QSpinBox(this))
    , m_warning(new MessageBanner(this))
{
    for (QSpinBox* spin : {m_breach, m_incident}) {
        spin->setRange(1, AgreementValidator::maximumNoticeDays);
        spin->setSuffix(tr(" days"));
    }
    m_breach->setObjectName(QStringLiteral("agreementBreachNotice"));
    m_breach->setAccessibleName(tr("Breach notice, in days"));
    m_incident->setObjectName(QStringLiteral("agreementIncidentReport"));
    m_incident->setAccessibleName(tr("Security incident reporting, in days"));
    m_warning->setObjectName(QStringLiteral("noticeWarning"));

    auto* intro = new QLabel(
        tr("How long the business associate has, after discovering it, to tell the other side of "
           "a breach of unsecured PHI (164.410; HIPAA allows at most 60 days) and of a security "
           "incident (164.314(a)(2)(i)(C)). Upstream, these are our deadlines; downstream, they "
           "are the subcontractor's, and should be shorter than ours so we can still meet ours."),
        this);
    intro->setWordWrap(true);

    const auto row = [this](QSpinBox* spin) {
        auto* box = new QHBoxLayout;
        box->addWidget(spin);
        box->addStretch(1);
        return box;
    };
    auto* form = new QFormLayout;
    // A row holding a layout gets no buddy by itself, so its mnemonic would show as "&".
    auto* breachLabel = new QLabel(tr("&Breach notice within:"), this);
    breachLabel->setBuddy(m_breach);
    auto* incidentLabel = new QLabel(tr("&Security incidents reported within:"), this);
    incidentLabel->setBuddy(m_incident);
    form->addRow(breachLabel, row(m_breach));
    form->addRow(incidentLabel, row(m_incident));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addStretch(1);

    connect(m_breach, &QSpinBox::valueChanged, this, &AgreementNoticeTab::edited);
    connect(m_incident, &QSpinBox::valueChanged, this, &AgreementNoticeTab::edited);
}

void AgreementNoticeTab::load(const Agreement& agreement)
{
    const QSignalBlocker a(m_breach);
    const QSignalBlocker b(m_incident);
    m_breach->setValue(agreement.breachNoticeDays);
    m_incident->setValue(agreement.incidentReportDays);
}

void AgreementNoticeTab::apply(Agreement& agreement) const
{
    agreement.breachNoticeDays = m_breach->value();
    agreement.incidentReportDays = m_incident->value();
}

void AgreementNoticeTab::setReadOnly(bool readOnly)
{
    m_breach->setReadOnly(readOnly);
    m_incident->setReadOnly(readOnly);
}

void AgreementNoticeTab::setWarning(const QString& text)
{
    if (text.isEmpty())
        m_warning->clearMessage();
    else
        m_warning->showMessage(MessageBanner::Kind::Warning, text);
}

QString AgreementNoticeTab::warningText() const
{
    return m_warning->isVisibleTo(this) ? m_warning->text() : QString();
}

} // namespace palisade::ui
