#include "ui/vendors/AgreementDatesTab.h"

#include "core/vendors/AgreementValidator.h"
#include "ui/risk/RiskDateField.h"
#include "ui/widgets/PanelLabels.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace palisade::ui {

AgreementDatesTab::AgreementDatesTab(QWidget* parent)
    : QWidget(parent)
    , m_signed(new RiskDateField(this))
    , m_effective(new RiskDateField(this))
    , m_expires(new RiskDateField(this))
    , m_evergreen(new QCheckBox(tr("&Evergreen: runs until terminated"), this))
    , m_renewal(new QLineEdit(this))
    , m_cadence(new QSpinBox(this))
    , m_lastReviewed(new RiskDateField(this))
    , m_nextReview(new RiskDateField(this))
    , m_markReviewed(new QPushButton(tr("&Mark Reviewed Today"), this))
    , m_retention(new QLabel(this))
{
    m_signed->setObjectName(QStringLiteral("agreementSigned"));
    m_signed->setOptional(tr("Not signed yet"));
    m_effective->setObjectName(QStringLiteral("agreementEffective"));
    m_effective->setOptional(tr("Not set"));
    m_expires->setObjectName(QStringLiteral("agreementExpires"));
    m_expires->setOptional(tr("No expiration date"));
    m_evergreen->setObjectName(QStringLiteral("agreementEvergreen"));
    m_renewal->setObjectName(QStringLiteral("agreementRenewalTerms"));
    m_renewal->setPlaceholderText(tr("e.g. Renews automatically for one year unless either side "
                                     "gives 90 days' notice"));
    m_cadence->setObjectName(QStringLiteral("agreementReviewCadence"));
    m_cadence->setRange(1, AgreementValidator::maximumReviewCadenceMonths);
    m_cadence->setSuffix(tr(" months"));
    m_cadence->setAccessibleName(tr("Review every, in months"));
    m_lastReviewed->setObjectName(QStringLiteral("agreementLastReviewed"));
    m_lastReviewed->setOptional(tr("Never reviewed"));
    m_nextReview->setObjectName(QStringLiteral("agreementNextReview"));
    m_nextReview->setOptional(tr("Schedule from the cadence"));
    m_markReviewed->setObjectName(QStringLiteral("markReviewedButton"));
    m_markReviewed->setAutoDefault(false);
    m_markReviewed->setToolTip(tr("Record that you reviewed the agreement today and schedule the "
                                  "next review a cadence later"));
    m_retention->setObjectName(QStringLiteral("agreementRetention"));
    m_retention->setWordWrap(true);

    auto* terms = new QFormLayout;
    terms->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    terms->addRow(tr("&Signed on:"), m_signed);
    terms->addRow(tr("E&ffective on:"), m_effective);
    terms->addRow(tr("E&xpires on:"), m_expires);
    terms->addRow(QString(), m_evergreen);
    terms->addRow(tr("&Renewal terms:"), m_renewal);

    auto* cadenceRow = new QHBoxLayout;
    cadenceRow->addWidget(m_cadence);
    cadenceRow->addStretch(1);
    auto* nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextReview);
    nextRow->addStretch(1);
    nextRow->addWidget(m_markReviewed);
    auto* review = new QFormLayout;
    review->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A row holding a layout gets no buddy by itself, so its mnemonic would show as "&".
    auto* cadenceLabel = new QLabel(tr("Review &every:"), this);
    cadenceLabel->setBuddy(m_cadence);
    auto* nextLabel = new QLabel(tr("&Next review:"), this);
    nextLabel->setBuddy(m_nextReview);
    review->addRow(cadenceLabel, cadenceRow);
    review->addRow(tr("&Last reviewed:"), m_lastReviewed);
    review->addRow(nextLabel, nextRow);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(PanelLabels::title(tr("Term"), this));
    layout->addLayout(terms);
    layout->addSpacing(8);
    layout->addWidget(PanelLabels::title(tr("Review"), this));
    layout->addWidget(
        PanelLabels::hint(tr("Left to schedule itself, the next review falls one cadence after "
                             "the last review, or after the effective date, when you save."),
                          this));
    layout->addLayout(review);
    layout->addSpacing(8);
    layout->addWidget(line);
    layout->addWidget(PanelLabels::title(tr("Retention"), this));
    layout->addWidget(m_retention);
    layout->addStretch(1);

    for (RiskDateField* field : {m_signed, m_effective, m_expires, m_lastReviewed, m_nextReview})
        connect(field, &RiskDateField::dateChanged, this, &AgreementDatesTab::edited);
    connect(m_evergreen, &QCheckBox::toggled, this, [this](bool evergreen) {
        evergreenToggled(evergreen);
        emit edited();
    });
    connect(m_renewal, &QLineEdit::textChanged, this, &AgreementDatesTab::edited);
    connect(m_cadence, &QSpinBox::valueChanged, this, &AgreementDatesTab::edited);
    connect(m_markReviewed, &QPushButton::clicked, this, &AgreementDatesTab::markReviewedRequested);
}

void AgreementDatesTab::load(const Agreement& agreement)
{
    const QSignalBlocker a(m_signed);
    const QSignalBlocker b(m_effective);
    const QSignalBlocker c(m_expires);
    const QSignalBlocker d(m_evergreen);
    const QSignalBlocker e(m_renewal);
    const QSignalBlocker f(m_cadence);
    const QSignalBlocker g(m_lastReviewed);
    const QSignalBlocker h(m_nextReview);
    m_signed->setDate(agreement.signedOn);
    m_effective->setDate(agreement.effectiveOn);
    m_expires->setDate(agreement.expiresOn);
    m_evergreen->setChecked(agreement.evergreen);
    evergreenToggled(agreement.evergreen);
    m_renewal->setText(agreement.renewalTerms);
    m_cadence->setValue(agreement.reviewCadenceMonths);
    m_lastReviewed->setDate(agreement.lastReviewedOn);
    m_nextReview->setDate(agreement.nextReviewOn);
}

void AgreementDatesTab::apply(Agreement& agreement) const
{
    agreement.signedOn = m_signed->date();
    agreement.effectiveOn = m_effective->date();
    agreement.evergreen = m_evergreen->isChecked();
    agreement.expiresOn = agreement.evergreen ? QDate() : m_expires->date();
    agreement.renewalTerms = m_renewal->text();
    agreement.reviewCadenceMonths = m_cadence->value();
    agreement.lastReviewedOn = m_lastReviewed->date();
    agreement.nextReviewOn = m_nextReview->date();
}

void AgreementDatesTab::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (RiskDateField* field : {m_signed, m_effective, m_expires, m_lastReviewed, m_nextReview})
        field->setReadOnly(readOnly);
    m_evergreen->setEnabled(!readOnly);
    m_renewal->setReadOnly(readOnly);
    m_cadence->setReadOnly(readOnly);
    if (readOnly)
        m_markReviewed->setEnabled(false);
}

void AgreementDatesTab::setCanMarkReviewed(bool can, const QString& why)
{
    m_markReviewed->setEnabled(can && !m_readOnly);
    m_markReviewed->setToolTip(
        can ? tr("Record that you reviewed the agreement today and schedule the next review a "
                 "cadence later")
            : why);
}

void AgreementDatesTab::setRetentionText(const QString& text)
{
    m_retention->setText(text);
}

void AgreementDatesTab::showReview(const QDate& last, const QDate& next)
{
    const QSignalBlocker a(m_lastReviewed);
    const QSignalBlocker b(m_nextReview);
    m_lastReviewed->setDate(last);
    m_nextReview->setDate(next);
}

void AgreementDatesTab::evergreenToggled(bool evergreen)
{
    if (evergreen) {
        const QSignalBlocker quiet(m_expires);
        m_expires->setDate({});
    }
    m_expires->setEnabled(!evergreen);
}

} // namespace palisade::ui
