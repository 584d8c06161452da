#include "ui/training/PhishingCampaignDialog.h"

#include "core/training/PhishingRegister.h"
#include "core/training/TrainingValidator.h"
#include "core/util/IsoDate.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

constexpr int maximumRecipients = 1'000'000;

QString percent(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("\u2014");
    // A no-break space keeps the number and its sign on one line.
    return QStringLiteral("%1\u00a0%").arg(100.0 * part / whole, 0, 'f', 1);
}

} // namespace

PhishingCampaignDialog::PhishingCampaignDialog(PhishingRegister& phishing,
                                               const PhishingCampaign& campaign, const QDate& today,
                                               QWidget* parent)
    : RecordEditorDialog({tr("To save this phishing simulation:\n%1"),
                          tr("The phishing simulation was not saved:\n%1"),
                          tr("Unsaved Phishing Simulation"), tr("Save")},
                         parent)
    , m_phishing(phishing)
    , m_original(campaign)
    , m_today(today)
    , m_runOn(new QDateEdit(this))
    , m_template(new QLineEdit(this))
    , m_recipients(new QSpinBox(this))
    , m_clicked(new QSpinBox(this))
    , m_reported(new QSpinBox(this))
    , m_trained(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_rates(new QLabel(this))
{
    setObjectName(QStringLiteral("phishingCampaignDialog"));
    setWindowTitle(isNew() ? tr("New Phishing Simulation")
                           : tr("Edit Phishing Simulation \u2014 %1").arg(campaign.templateName));

    m_runOn->setObjectName(QStringLiteral("campaignDate"));
    m_runOn->setCalendarPopup(true);
    m_runOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_runOn->setMaximumDate(today);
    m_template->setObjectName(QStringLiteral("campaignTemplate"));
    m_template->setPlaceholderText(tr("e.g. Payroll portal password reset"));
    m_template->setMaxLength(TrainingValidator::maximumNameLength);
    m_recipients->setObjectName(QStringLiteral("campaignRecipients"));
    m_recipients->setRange(0, maximumRecipients);
    m_recipients->setToolTip(tr("How many people the simulated phishing message was sent to"));
    m_clicked->setObjectName(QStringLiteral("campaignClicked"));
    m_clicked->setRange(0, maximumRecipients);
    m_clicked->setToolTip(tr("How many recipients clicked the link or opened the attachment"));
    m_reported->setObjectName(QStringLiteral("campaignReported"));
    m_reported->setRange(0, maximumRecipients);
    m_reported->setToolTip(tr("How many recipients reported the message as suspicious"));
    m_trained->setObjectName(QStringLiteral("campaignTrained"));
    m_trained->setRange(0, maximumRecipients);
    m_trained->setToolTip(tr("How many of those who clicked completed follow-up training"));
    m_notes->setObjectName(QStringLiteral("campaignNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(
        tr("e.g. Sent through the simulation service to all staff; follow-up module assigned "
           "the same day."));
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_rates->setObjectName(QStringLiteral("campaignRates"));
    m_rates->setTextFormat(Qt::PlainText);
    m_rates->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Date sent:"), m_runOn);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Recipients:"), m_recipients);
    form->addRow(tr("&Clicked:"), m_clicked);
    form->addRow(tr("Re&ported:"), m_reported);
    form->addRow(tr("Trained &after clicking:"), m_trained);
    form->addRow(tr("Rates:"), m_rates);
    form->addRow(tr("&Notes:"), m_notes);

    QDialogButtonBox* buttons = createButtons(QStringLiteral("saveCampaignButton"),
                                              tr("Save the phishing simulation (Ctrl+S)"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    m_runOn->setDate(campaign.runOn.isValid() ? campaign.runOn : today);
    m_template->setText(campaign.templateName);
    m_recipients->setValue(campaign.recipients);
    m_clicked->setValue(campaign.clicked);
    m_reported->setValue(campaign.reported);
    m_trained->setValue(campaign.trainedAfterClick);
    m_notes->setPlainText(campaign.notes);

    connect(m_runOn, &QDateEdit::dateChanged, this, &PhishingCampaignDialog::updateValidation);
    connect(m_template, &QLineEdit::textChanged, this, &PhishingCampaignDialog::updateValidation);
    for (QSpinBox* spin : {m_recipients, m_clicked, m_reported, m_trained})
        connect(spin, &QSpinBox::valueChanged, this, &PhishingCampaignDialog::updateValidation);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PhishingCampaignDialog::updateValidation);

    m_baseline = this->campaign();
    updateValidation();
    setMinimumSize(480, 460);
    resize(540, 520);
    m_template->setFocus();
}

PhishingCampaign PhishingCampaignDialog::campaign() const
{
    PhishingCampaign out = m_original;
    out.runOn = m_runOn->date();
    out.templateName = m_template->text();
    out.recipients = m_recipients->value();
    out.clicked = m_clicked->value();
    out.reported = m_reported->value();
    out.trainedAfterClick = m_trained->value();
    out.notes = m_notes->toPlainText();
    return out;
}

bool PhishingCampaignDialog::isModified() const
{
    return !(campaign() == m_baseline);
}

QStringList PhishingCampaignDialog::problems() const
{
    PhishingCampaign candidate = campaign();
    TrainingValidator::normalize(candidate);
    QStringList found = TrainingValidator::problems(candidate);
    if (candidate.runOn.isValid() && candidate.runOn > m_today)
        found << tr("The campaign date %1 is in the future.").arg(isoDate(candidate.runOn));
    return found;
}

void PhishingCampaignDialog::updateValidation()
{
    updateRates();
    RecordEditorDialog::updateValidation();
}

void PhishingCampaignDialog::updateRates()
{
    const int recipients = m_recipients->value();
    const int clicked = m_clicked->value();
    const QString clickedAndReported =
        tr("%1 clicked \u00b7 %2 reported")
            .arg(percent(clicked, recipients), percent(m_reported->value(), recipients));
    m_rates->setText(clicked == 0
                         ? clickedAndReported
                         : tr("%1 \u00b7 %2 of those who clicked trained")
                               .arg(clickedAndReported, percent(m_trained->value(), clicked)));
}

bool PhishingCampaignDialog::store()
{
    Result<PhishingCampaign> stored =
        isNew() ? m_phishing.addCampaign(campaign()) : m_phishing.updateCampaign(campaign());
    if (!stored)
        return refuse(tr("The phishing simulation was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

QString PhishingCampaignDialog::unsavedQuestion() const
{
    return tr("Save the changes to this phishing simulation before closing?");
}

} // namespace palisade::ui
