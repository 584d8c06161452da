#include "ui/incidents/ReportIncidentWizard.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/IncidentValidator.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/incidents/BreachAssessmentForm.h"
#include "ui/incidents/BreachStatusText.h"
#include "ui/incidents/IncidentAffectedForm.h"
#include "ui/incidents/IncidentDeadlineText.h"
#include "ui/incidents/ReportIncidentPage.h"
#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/widgets/PanelLabels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace palisade::ui {

ReportIncidentWizard::ReportIncidentWizard(Program& program, QWidget* parent)
    : QWizard(parent)
    , m_program(program)
    , m_title(new QLineEdit)
    , m_kind(new QComboBox)
    , m_description(RiskEditorText::multiLine(nullptr, 5))
    , m_discovered(new RiskDateField)
    , m_occurred(new RiskDateField)
    , m_reporter(new QLineEdit)
    , m_affected(new IncidentAffectedForm)
    , m_containment(RiskEditorText::multiLine(nullptr, 6))
    , m_contained(new RiskDateField)
    , m_handler(new QLineEdit)
    , m_assessNow(new QRadioButton(tr("Assess &now: rate the four factors and conclude")))
    , m_assessLater(new QRadioButton(tr("Assess &later: save the report first")))
    , m_assessmentNote(new QLabel)
    , m_form(new BreachAssessmentForm)
    , m_formHolder(new QScrollArea)
    , m_statusTitle(new QLabel)
    , m_status(new QLabel)
    , m_laterNote(new QLabel)
    , m_notices(new QTreeWidget)
    , m_noticesNote(new QLabel)
{
    setObjectName(QStringLiteral("reportIncidentWizard"));
    setWindowTitle(tr("Report Incident"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/palisade.svg")).pixmap(48, 48));
    setButtonText(QWizard::FinishButton, tr("&Save Incident"));

    setPage(WhatPageId, buildWhatPage());
    setPage(AffectedPageId, buildAffectedPage());
    setPage(ContainmentPageId, buildContainmentPage());
    setPage(AssessmentPageId, buildAssessmentPage());
    setPage(SummaryPageId, buildSummaryPage());
    setStartId(WhatPageId);

    const Result<std::vector<Asset>> assets = program.assets().assets();
    const Result<std::vector<Counterparty>> counterparties =
        program.counterparties().counterparties();
    m_affected->setChoices(assets ? *assets : std::vector<Asset>{},
                           counterparties ? *counterparties : std::vector<Counterparty>{});
    setMinimumSize(760, 560);
    resize(960, 720);
}

ReportIncidentPage* ReportIncidentWizard::reportPage(PageId id) const
{
    return qobject_cast<ReportIncidentPage*>(page(id));
}

ReportIncidentPage* ReportIncidentWizard::buildWhatPage()
{
    auto* step = new ReportIncidentPage(
        tr("What happened"),
        tr("Write down what you know now; everything can be completed later. The discovery "
           "date starts every notification clock."),
        this);
    step->setObjectName(QStringLiteral("reportWhatPage"));
    const QDate today = m_program.clock().today();
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_title->setPlaceholderText(tr("e.g. Laptop stolen from a car"));
    m_title->setMaxLength(IncidentValidator::maximumTitleLength);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (const IncidentKind kind : allIncidentKinds())
        m_kind->addItem(incidentKindLabel(kind), incidentKindKey(kind));
    m_kind->setCurrentIndex(m_kind->findData(incidentKindKey(IncidentKind::Other)));
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setPlaceholderText(
        tr("What happened, how it was noticed, what information and people it involves"));
    m_discovered->setObjectName(QStringLiteral("reportDiscovered"));
    m_discovered->setDate(today);
    m_discovered->setToolTip(tr("The first day anyone in the organization knew, or by reasonable "
                                "diligence would have known (164.404(a)(2))"));
    m_occurred->setObjectName(QStringLiteral("reportOccurred"));
    m_occurred->setFallbackDate(today);
    m_occurred->setOptional(tr("Unknown"), tr("Unknown"));
    m_occurred->setDate({});
    m_reporter->setObjectName(QStringLiteral("reportReporter"));
    m_reporter->setPlaceholderText(tr("Who noticed or reported it"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&What happened:"), m_description);
    form->addRow(tr("&Discovered on:"), m_discovered);
    form->addRow(tr("&Occurred on:"), m_occurred);
    form->addRow(tr("&Reported by:"), m_reporter);
    step->body()->addLayout(form);
    step->body()->addStretch(1);

    step->setCompleteCheck([this] { return !m_title->text().trimmed().isEmpty(); });
    step->setProblemCheck([this] { return m_program.incidents().problems(candidate(WhatPageId)); });
    connect(m_title, &QLineEdit::textChanged, step, &ReportIncidentPage::recheck);
    return step;
}

ReportIncidentPage* ReportIncidentWizard::buildAffectedPage()
{
    auto* step = new ReportIncidentPage(
        tr("Who and what is affected"),
        tr("The systems involved, whose PHI it is, what kind, and how many people in each "
           "State. Counts can be estimates for now."),
        this);
    step->setObjectName(QStringLiteral("reportAffectedPage"));
    m_affected->setParent(step);
    step->body()->addWidget(m_affected, 1);
    step->setProblemCheck(
        [this] { return m_program.incidents().problems(candidate(AffectedPageId)); });
    return step;
}

ReportIncidentPage* ReportIncidentWizard::buildContainmentPage()
{
    auto* step = new ReportIncidentPage(
        tr("Containment so far"),
        tr("What has been done to stop it and limit the harm, and who handles it from here."),
        this);
    step->setObjectName(QStringLiteral("reportContainmentPage"));
    m_containment->setObjectName(QStringLiteral("reportContainment"));
    m_containment->setPlaceholderText(
        tr("e.g. The recipient deleted the email and confirmed it in writing; the device was "
           "wiped remotely; the account's password was reset"));
    m_contained->setObjectName(QStringLiteral("reportContained"));
    m_contained->setFallbackDate(m_program.clock().today());
    m_contained->setOptional(tr("Not yet, or unknown"));
    m_contained->setDate({});
    m_handler->setObjectName(QStringLiteral("reportHandler"));
    m_handler->setText(m_program.actor());
    m_handler->setPlaceholderText(tr("Who handles it"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Steps taken:"), m_containment);
    form->addRow(tr("&Contained on:"), m_contained);
    form->addRow(tr("&Handled by:"), m_handler);
    step->body()->addLayout(form);
    step->body()->addStretch(1);
    step->setProblemCheck(
        [this] { return m_program.incidents().problems(candidate(ContainmentPageId)); });
    return step;
}

ReportIncidentPage* ReportIncidentWizard::buildAssessmentPage()
{
    auto* step = new ReportIncidentPage(
        tr("Is it a breach?"),
        tr("An impermissible use or disclosure of PHI is presumed a breach unless a documented "
           "assessment of at least four factors shows a low probability that the PHI was "
           "compromised (164.402(2))."),
        this);
    step->setObjectName(QStringLiteral("reportAssessmentPage"));
    m_assessNow->setObjectName(QStringLiteral("assessNowButton"));
    m_assessLater->setObjectName(QStringLiteral("assessLaterButton"));
    auto* choice = new QButtonGroup(step);
    choice->addButton(m_assessNow);
    choice->addButton(m_assessLater);
    m_assessLater->setChecked(true);
    m_assessmentNote->setObjectName(QStringLiteral("assessmentNote"));
    m_assessmentNote->setWordWrap(true);
    m_form->setObjectName(QStringLiteral("reportAssessmentForm"));
    auto* scroll = static_cast<QScrollArea*>(m_formHolder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    step->body()->addWidget(m_assessNow);
    step->body()->addWidget(m_assessLater);
    step->body()->addWidget(m_assessmentNote);
    step->body()->addWidget(m_formHolder, 1);
    step->setEnterAction([this] { enterAssessment(); });
    step->setProblemCheck([this] { return assessLater() ? QStringList() : m_form->problems(); });
    const auto toggled = [this] {
        m_formHolder->setVisible(m_assessNow->isChecked());
        m_assessmentNote->setText(
            m_assessNow->isChecked()
                ? tr("Rate each factor and say why. Conclude a low probability of compromise "
                     "only when the factors together show it.")
                : tr("Until the assessment is documented, the program treats this incident as a "
                     "breach: every notice is owed by its deadline. You can record the "
                     "assessment later from the incident's Assessment tab."));
    };
    connect(m_assessNow, &QRadioButton::toggled, step, toggled);
    toggled();
    return step;
}

void ReportIncidentWizard::enterAssessment()
{
    const Incident incident = candidate();
    const QDate today = m_program.clock().today();
    m_form->setDates(incident.discoveredOn, today);
    if (m_form->assessedByEdit()->text().isEmpty())
        m_form->assessedByEdit()->setText(m_program.actor());
    if (incident.phiSecured)
        reportPage(AssessmentPageId)
            ->banner()
            ->showMessage(MessageBanner::Kind::Information,
                          tr("You said the PHI was secured: it is not unsecured PHI, so this is "
                             "not a reportable breach whatever the assessment concludes. You may "
                             "still document one."));
}

ReportIncidentPage* ReportIncidentWizard::buildSummaryPage()
{
    auto* step = new ReportIncidentPage(
        tr("What the program concludes"),
        tr("From what you entered: whether it is a breach and which notices are owed by when. "
           "Save Incident records it; nothing is sent."),
        this);
    step->setObjectName(QStringLiteral("reportSummaryPage"));
    m_statusTitle->setObjectName(QStringLiteral("reportStatusTitle"));
    QFont bold = m_statusTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_statusTitle->setFont(bold);
    m_statusTitle->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_laterNote->setObjectName(QStringLiteral("reportLaterNote"));
    m_laterNote->setWordWrap(true);
    m_notices->setObjectName(QStringLiteral("reportNotices"));
    m_notices->setRootIsDecorated(false);
    m_notices->setUniformRowHeights(true);
    m_notices->setAlternatingRowColors(true);
    m_notices->setSelectionMode(QAbstractItemView::NoSelection);
    m_notices->setHeaderLabels({tr("Notice to"), tr("Due by"), tr("Time left"), tr("Why")});
    m_notices->setAccessibleName(tr("Notices owed"));
    m_notices->header()->setStretchLastSection(true);
    m_noticesNote->setObjectName(QStringLiteral("reportNoticesNote"));
    m_noticesNote->setWordWrap(true);
    m_noticesNote->setForegroundRole(QPalette::PlaceholderText);

    step->body()->addWidget(m_statusTitle);
    step->body()->addWidget(m_status);
    step->body()->addWidget(m_laterNote);
    step->body()->addSpacing(6);
    step->body()->addWidget(PanelLabels::title(tr("Notices owed"), step));
    step->body()->addWidget(m_notices, 1);
    step->body()->addWidget(m_noticesNote);
    step->setEnterAction([this] { fillSummary(); });
    step->setAcceptAction([this] { return save(); });
    return step;
}

Incident ReportIncidentWizard::candidate(PageId upTo) const
{
    Incident incident;
    incident.title = m_title->text();
    incident.kind =
        incidentKindFromKey(m_kind->currentData().toString()).value_or(IncidentKind::Other);
    incident.description = m_description->toPlainText();
    incident.discoveredOn = m_discovered->date();
    incident.occurredOn = m_occurred->date();
    // Reporting it here is reporting it internally.
    incident.reportedOn = m_program.clock().today();
    incident.reporter = m_reporter->text();
    incident.handler = m_program.actor();
    if (upTo >= AffectedPageId)
        m_affected->apply(incident);
    if (upTo >= ContainmentPageId) {
        incident.containment = m_containment->toPlainText();
        incident.containedOn = m_contained->date();
        incident.handler = m_handler->text();
    }
    if (upTo >= AssessmentPageId)
        incident.assessment = assessment();
    IncidentValidator::normalize(incident);
    return incident;
}

bool ReportIncidentWizard::assessLater() const
{
    return !m_assessNow->isChecked();
}

std::optional<BreachAssessment> ReportIncidentWizard::assessment() const
{
    if (assessLater())
        return std::nullopt;
    BreachAssessment given = m_form->assessment();
    IncidentValidator::normalize(given);
    return given;
}

std::vector<RequiredNotification> ReportIncidentWizard::requiredNotices() const
{
    const Incident incident = candidate();
    const Result<std::vector<CoveredEntityTerms>> terms =
        BreachReporting(m_program).coveredEntityTerms(incident);
    const Result<std::vector<StateNotificationRule>> rules = m_program.stateRules().stateRules();
    return BreachNotificationRules::required(incident,
                                             terms ? *terms : std::vector<CoveredEntityTerms>{},
                                             rules ? *rules : std::vector<StateNotificationRule>{});
}

void ReportIncidentWizard::fillSummary()
{
    const Incident incident = candidate();
    const BreachStatus status = BreachNotificationRules::status(incident);
    const bool reportable = BreachNotificationRules::isReportable(status);
    m_statusTitle->setText(breachStatusLabel(status));
    m_statusTitle->setStyleSheet(reportable ? QStringLiteral("color: #b3261e;")
                                            : QStringLiteral("color: #1f6b35;"));
    m_status->setText(BreachStatusText::explanation(incident));
    m_laterNote->setVisible(status == BreachStatus::PresumedBreach);
    m_laterNote->setText(tr("You chose to assess later. Until the four-factor assessment is "
                            "documented this is treated as a breach, and the notices below are "
                            "owed by their dates even if the assessment later clears it."));

    const QDate today = m_program.clock().today();
    const std::vector<RequiredNotification> owed = requiredNotices();
    m_notices->clear();
    for (const RequiredNotification& notice : owed) {
        auto* item = new QTreeWidgetItem(m_notices);
        item->setText(0, IncidentDeadlineText::recipient(notice));
        item->setText(1, isoDate(notice.dueOn));
        item->setText(2, IncidentDeadlineText::daysText(today.daysTo(notice.dueOn)));
        item->setText(3, notice.basis);
        item->setToolTip(3, notice.basis);
        if (today.daysTo(notice.dueOn) < 0)
            item->setForeground(2, QColor(0xb3, 0x26, 0x1e));
    }
    for (int column = 0; column < 3; ++column)
        m_notices->resizeColumnToContents(column);
    m_notices->setVisible(!owed.empty());
    if (!reportable)
        m_noticesNote->setText(tr("None: it is not a reportable breach. The record is kept six "
                                  "years after the incident is closed."));
    else if (owed.empty())
        m_noticesNote->setText(tr("None can be counted yet: enter the discovery date."));
    else
        m_noticesNote->setText(
            tr("Once saved, the Incidents page counts these down, and the dashboard lists any "
               "due within 30 days or overdue. Record each notice as it is sent."));
}

bool ReportIncidentWizard::save()
{
    ReportIncidentPage* step = reportPage(SummaryPageId);
    const Result<Incident> added = m_program.incidents().add(candidate(ContainmentPageId));
    if (!added) {
        step->banner()->showMessage(
            MessageBanner::Kind::Error,
            tr("The incident was not saved: %1").arg(added.error().message));
        return false;
    }
    m_saved = *added;
    const QString reference = incidentReference(m_saved.id);
    m_outcomeKind = MessageBanner::Kind::Information;
    if (const std::optional<BreachAssessment> given = assessment()) {
        const Result<Incident> assessed =
            m_program.incidents().recordAssessment(m_saved.id, *given);
        if (assessed) {
            m_saved = *assessed;
            m_outcome =
                tr("%1 was recorded with its four-factor assessment: %2.")
                    .arg(reference, breachStatusLabel(BreachNotificationRules::status(m_saved)));
        } else {
            m_outcomeKind = MessageBanner::Kind::Warning;
            m_outcome = tr("%1 was recorded, but its assessment was not: %2 Record it from the "
                           "Assessment tab; until then a breach is presumed.")
                            .arg(reference, assessed.error().message);
        }
    } else if (BreachNotificationRules::isReportable(BreachNotificationRules::status(m_saved))) {
        m_outcome = tr("%1 was recorded and is presumed a breach until its four-factor "
                       "assessment is documented on the Assessment tab.")
                        .arg(reference);
    } else {
        m_outcome = tr("%1 was recorded.").arg(reference);
    }
    return true;
}

} // namespace palisade::ui
