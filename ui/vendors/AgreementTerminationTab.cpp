#include "ui/vendors/AgreementTerminationTab.h"

#include "ui/risk/RiskDateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

AgreementTerminationTab::AgreementTerminationTab(QWidget* parent)
    : QWidget(parent)
    , m_terminated(new RiskDateField(this))
    , m_disposition(new QComboBox(this))
    , m_attestedOn(new RiskDateField(this))
    , m_attestedBy(new QLineEdit(this))
    , m_state(new QLabel(this))
{
    m_terminated->setObjectName(QStringLiteral("agreementTerminated"));
    m_terminated->setOptional(tr("Not terminated"));
    m_disposition->setObjectName(QStringLiteral("agreementDisposition"));
    for (const PhiDisposition disposition : allPhiDispositions())
        m_disposition->addItem(phiDispositionLabel(disposition), phiDispositionKey(disposition));
    m_attestedOn->setObjectName(QStringLiteral("agreementAttestedOn"));
    m_attestedOn->setOptional(tr("Not attested yet"));
    m_attestedBy->setObjectName(QStringLiteral("agreementAttestedBy"));
    m_attestedBy->setPlaceholderText(tr("e.g. J. Ramos, Privacy Officer, Lakeside Clinic"));
    m_state->setObjectName(QStringLiteral("terminationState"));
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto* intro = new QLabel(
        tr("When an agreement ends, the business associate must return or destroy the PHI, or, "
           "where that is not feasible, extend the agreement's protections to it "
           "(164.504(e)(2)(ii)(J)). Record what was done and who attested it."),
        this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Terminated on:"), m_terminated);
    form->addRow(tr("&PHI disposition:"), m_disposition);
    form->addRow(tr("&Attested on:"), m_attestedOn);
    form->addRow(tr("Attested &by:"), m_attestedBy);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_state);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_terminated, &RiskDateField::dateChanged, this, &AgreementTerminationTab::edited);
    connect(m_attestedOn, &RiskDateField::dateChanged, this, &AgreementTerminationTab::edited);
    connect(m_disposition, &QComboBox::currentIndexChanged, this, &AgreementTerminationTab::edited);
    connect(m_attestedBy, &QLineEdit::textChanged, this, &AgreementTerminationTab::edited);
    updateEnabled();
}

void AgreementTerminationTab::load(const Agreement& agreement)
{
    const QSignalBlocker a(m_terminated);
    const QSignalBlocker b(m_disposition);
    const QSignalBlocker c(m_attestedOn);
    const QSignalBlocker d(m_attestedBy);
    m_terminated->setDate(agreement.terminatedOn);
    m_disposition->setCurrentIndex(
        std::max(0, m_disposition->findData(phiDispositionKey(agreement.disposition))));
    m_attestedOn->setDate(agreement.dispositionAttestedOn);
    m_attestedBy->setText(agreement.dispositionAttestedBy);
    m_status = agreement.status;
    updateEnabled();
}

void AgreementTerminationTab::apply(Agreement& agreement) const
{
    agreement.terminatedOn = m_terminated->date();
    agreement.disposition = phiDispositionFromKey(m_disposition->currentData().toString())
                                .value_or(PhiDisposition::Pending);
    agreement.dispositionAttestedOn = m_attestedOn->date();
    agreement.dispositionAttestedBy = m_attestedBy->text();
}

void AgreementTerminationTab::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void AgreementTerminationTab::setStatus(AgreementStatus status)
{
    m_status = status;
    updateEnabled();
}

void AgreementTerminationTab::updateEnabled()
{
    const bool terminated = m_status == AgreementStatus::Terminated;
    const bool ended = terminated || m_status == AgreementStatus::Expired;
    m_terminated->setEnabled(!m_readOnly && terminated);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_disposition, m_attestedOn, m_attestedBy})
        widget->setEnabled(!m_readOnly && ended);
    if (terminated)
        m_state->setText(tr("The agreement is terminated: give the date, then what became of the "
                            "PHI."));
    else if (ended)
        m_state->setText(tr("The agreement has expired: record what became of the PHI."));
    else
        m_state->setText(tr("These fields open once the agreement's status is Terminated or "
                            "Expired."));
}

} // namespace palisade::ui
