#include "ui/incidents/IncidentEditorDialog.h"

#include "core/incidents/IncidentRegister.h"
#include "core/incidents/IncidentValidator.h"
#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/incidents/IncidentAffectedForm.h"
#include "ui/incidents/JurisdictionCountTable.h"
#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/widgets/PanelLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

IncidentEditorDialog::IncidentEditorDialog(Program& program, std::optional<qint64> incidentId,
                                           QWidget* parent)
    : RecordEditorDialog({tr("To save this incident:\n%1"), tr("The incident was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_program(program)
    , m_tabs(new QTabWidget(this))
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_description(RiskEditorText::multiLine(this, 5))
    , m_occurred(new RiskDateField(this))
    , m_discovered(new RiskDateField(this))
    , m_reported(new RiskDateField(this))
    , m_contained(new RiskDateField(this))
    , m_closed(new QLabel(this))
    , m_reporter(new QLineEdit(this))
    , m_handler(new QLineEdit(this))
    , m_affected(new IncidentAffectedForm(this))
    , m_containment(RiskEditorText::multiLine(this, 6))
    , m_lessons(RiskEditorText::multiLine(this, 6))
{
    setObjectName(QStringLiteral("incidentEditor"));
    m_tabs->setObjectName(QStringLiteral("incidentEditorTabs"));
    m_tabs->addTab(buildWhatHappened(), tr("What Happened"));
    m_tabs->addTab(m_affected, tr("Who and What"));
    m_tabs->addTab(buildResponse(), tr("Response"));

    const Result<std::vector<Asset>> assets = program.assets().assets();
    const Result<std::vector<Counterparty>> counterparties =
        program.counterparties().counterparties();
    m_affected->setChoices(assets ? *assets : std::vector<Asset>{},
                           counterparties ? *counterparties : std::vector<Counterparty>{});

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveIncidentButton"), tr("Save the incident (Ctrl+S)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    commitEditsOf(m_affected->countTable()->table());

    bool locked = false;
    QString lockedReason;
    if (incidentId) {
        Result<Incident> stored = program.incidents().incident(*incidentId);
        if (stored) {
            load(*stored);
        } else {
            locked = true;
            m_original.id = *incidentId;
            lockedReason = tr("The incident could not be read: %1").arg(stored.error().message);
        }
    } else {
        Incident fresh;
        fresh.discoveredOn = program.clock().today();
        fresh.reportedOn = fresh.discoveredOn;
        fresh.handler = program.actor();
        load(fresh);
    }
    setLocked(locked);
    m_baseline = candidate();

    for (QLineEdit* edit : {m_title, m_reporter, m_handler})
        connect(edit, &QLineEdit::textChanged, this, &IncidentEditorDialog::updateValidation);
    for (QPlainTextEdit* edit : {m_description, m_containment, m_lessons})
        connect(edit, &QPlainTextEdit::textChanged, this, &IncidentEditorDialog::updateValidation);
    for (RiskDateField* field : {m_occurred, m_discovered, m_reported, m_contained})
        connect(field, &RiskDateField::dateChanged, this, &IncidentEditorDialog::updateValidation);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IncidentEditorDialog::updateValidation);
    connect(m_affected, &IncidentAffectedForm::changed, this,
            &IncidentEditorDialog::updateValidation);

    setWindowTitle(isNew() ? tr("New Incident")
                           : tr("%1 \u2014 Incident").arg(incidentReference(m_original.id)));
    if (locked)
        lock(MessageBanner::Kind::Error, lockedReason);
    else
        updateValidation();
    m_title->setFocus();
    setMinimumSize(760, 560);
    resize(900, 640);
}

QWidget* IncidentEditorDialog::buildWhatHappened()
{
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setPlaceholderText(tr("e.g. Remittance emailed to the wrong clinic"));
    m_title->setMaxLength(IncidentValidator::maximumTitleLength);
    m_kind->setObjectName(QStringLiteral("incidentKind"));
    for (const IncidentKind kind : allIncidentKinds())
        m_kind->addItem(incidentKindLabel(kind), incidentKindKey(kind));
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_description->setPlaceholderText(
        tr("What happened, how it was found, what data and people it involved"));
    m_occurred->setObjectName(QStringLiteral("incidentOccurred"));
    m_occurred->setOptional(tr("Unknown"), tr("Unknown"));
    m_discovered->setObjectName(QStringLiteral("incidentDiscovered"));
    m_discovered->setToolTip(tr("The first day anyone in the organization knew, or by "
                                "reasonable diligence would have known. Every notification "
                                "clock starts here (164.404(a)(2))."));
    m_reported->setObjectName(QStringLiteral("incidentReported"));
    m_reported->setOptional(tr("Not reported yet"));
    m_contained->setObjectName(QStringLiteral("incidentContained"));
    m_contained->setOptional(tr("Not yet, or unknown"));
    m_closed->setObjectName(QStringLiteral("incidentClosed"));
    m_closed->setForegroundRole(QPalette::PlaceholderText);
    m_reporter->setObjectName(QStringLiteral("incidentReporter"));
    m_reporter->setPlaceholderText(tr("Who noticed or reported it"));
    m_handler->setObjectName(QStringLiteral("incidentHandler"));
    m_handler->setPlaceholderText(tr("Who is handling it"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&What happened:"), m_description);
    form->addRow(tr("&Reported by:"), m_reporter);
    form->addRow(tr("&Handled by:"), m_handler);

    auto* dates = new QFormLayout;
    dates->addRow(tr("&Occurred:"), m_occurred);
    dates->addRow(tr("&Discovered:"), m_discovered);
    dates->addRow(tr("Re&ported internally:"), m_reported);
    dates->addRow(tr("&Contained:"), m_contained);
    dates->addRow(tr("Closed:"), m_closed);

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(PanelLabels::title(tr("Dates"), page));
    layout->addWidget(PanelLabels::hint(
        tr("The discovery date starts every notification clock. When it occurred or was "
           "contained may be unknown for now."),
        page));
    layout->addLayout(dates);
    layout->addStretch(1);

    setTabOrder(m_title, m_kind);
    setTabOrder(m_kind, m_description);
    setTabOrder(m_description, m_reporter);
    setTabOrder(m_reporter, m_handler);
    setTabOrder(m_handler, m_occurred);
    setTabOrder(m_occurred, m_discovered);
    setTabOrder(m_discovered, m_reported);
    setTabOrder(m_reported, m_contained);
    return page;
}

QWidget* IncidentEditorDialog::buildResponse()
{
    m_containment->setObjectName(QStringLiteral("incidentContainment"));
    m_containment->setPlaceholderText(
        tr("What was done to stop it and limit the harm: e.g. the recipient deleted the email "
           "and confirmed in writing; the account's password was reset and sessions revoked"));
    m_lessons->setObjectName(QStringLiteral("incidentLessons"));
    m_lessons->setPlaceholderText(tr("What will change so it does not happen again"));
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* containmentLabel = PanelLabels::title(tr("C&ontainment and mitigation"), page);
    containmentLabel->setBuddy(m_containment);
    auto* lessonsLabel = PanelLabels::title(tr("&Lessons learned"), page);
    lessonsLabel->setBuddy(m_lessons);
    layout->addWidget(containmentLabel);
    layout->addWidget(m_containment, 1);
    layout->addSpacing(6);
    layout->addWidget(lessonsLabel);
    layout->addWidget(m_lessons, 1);
    return page;
}

void IncidentEditorDialog::load(const Incident& incident)
{
    m_original = incident;
    m_title->setText(incident.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(incidentKindKey(incident.kind))));
    m_description->setPlainText(incident.description);
    const QDate today = m_program.clock().today();
    for (RiskDateField* field : {m_occurred, m_discovered, m_reported, m_contained})
        field->setFallbackDate(today);
    m_occurred->setDate(incident.occurredOn);
    m_discovered->setDate(incident.discoveredOn.isValid() ? incident.discoveredOn : today);
    m_reported->setDate(incident.reportedOn);
    m_contained->setDate(incident.containedOn);
    m_closed->setText(
        incident.isClosed()
            ? tr("%1 (reopen it from the incident log to change)").arg(isoDate(incident.closedOn))
            : tr("Open \u2014 close it from the incident log"));
    m_reporter->setText(incident.reporter);
    m_handler->setText(incident.handler);
    m_affected->load(incident);
    m_containment->setPlainText(incident.containment);
    m_lessons->setPlainText(incident.lessonsLearned);
}

Incident IncidentEditorDialog::candidate() const
{
    Incident incident = m_original;
    incident.title = m_title->text();
    incident.kind =
        incidentKindFromKey(m_kind->currentData().toString()).value_or(IncidentKind::Other);
    incident.description = m_description->toPlainText();
    incident.occurredOn = m_occurred->date();
    incident.discoveredOn = m_discovered->date();
    incident.reportedOn = m_reported->date();
    incident.containedOn = m_contained->date();
    incident.reporter = m_reporter->text();
    incident.handler = m_handler->text();
    m_affected->apply(incident);
    incident.containment = m_containment->toPlainText();
    incident.lessonsLearned = m_lessons->toPlainText();
    IncidentValidator::normalize(incident);
    return incident;
}

bool IncidentEditorDialog::isModified() const
{
    return !isLocked() && candidate() != m_baseline;
}

QStringList IncidentEditorDialog::problems() const
{
    return m_program.incidents().problems(candidate());
}

bool IncidentEditorDialog::canStore() const
{
    return !m_program.isReadOnly();
}

bool IncidentEditorDialog::store()
{
    Result<Incident> stored = isNew() ? m_program.incidents().add(candidate())
                                      : m_program.incidents().update(candidate());
    if (!stored)
        return refuse(tr("The incident was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

QString IncidentEditorDialog::unsavedQuestion() const
{
    return isNew()
               ? tr("Save this new incident before closing?")
               : tr("Save the changes to %1 before closing?").arg(incidentReference(m_original.id));
}

} // namespace palisade::ui
