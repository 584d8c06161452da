#include "ui/incidents/IncidentOverviewTab.h"

#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/incidents/BreachStatusText.h"
#include "ui/incidents/CloseIncidentDialog.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PanelLabels.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

IncidentOverviewTab::IncidentOverviewTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_banner(new MessageBanner(this))
    , m_facts(valueLabel(this, QStringLiteral("incidentFacts")))
    , m_breach(valueLabel(this, QStringLiteral("incidentBreachStatus")))
    , m_people(valueLabel(this, QStringLiteral("incidentPeople")))
    , m_affected(valueLabel(this, QStringLiteral("incidentAffected")))
    , m_systems(valueLabel(this, QStringLiteral("incidentSystems")))
    , m_description(valueLabel(this, QStringLiteral("incidentDescription")))
    , m_containment(valueLabel(this, QStringLiteral("incidentContainment")))
    , m_lessons(valueLabel(this, QStringLiteral("incidentLessons")))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_close(new QPushButton(tr("C&lose Incident\u2026"), this))
    , m_reopen(new QPushButton(tr("Re&open"), this))
{
    setObjectName(QStringLiteral("incidentOverviewTab"));
    m_edit->setObjectName(QStringLiteral("editIncidentButton"));
    m_edit->setToolTip(tr("Change what is known of the incident"));
    m_close->setObjectName(QStringLiteral("closeIncidentButton"));
    m_close->setToolTip(tr("Record the day the incident was closed"));
    m_reopen->setObjectName(QStringLiteral("reopenIncidentButton"));
    m_reopen->setToolTip(tr("Open the incident again, for example when more comes to light"));
    for (QPushButton* button : {m_edit, m_close, m_reopen})
        button->setAutoDefault(false);

    QFont strong = m_breach->font();
    strong.setBold(true);
    m_breach->setFont(strong);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setSpacing(4);
    const auto section = [&](const QString& title, QLabel* value) {
        contentLayout->addSpacing(6);
        contentLayout->addWidget(PanelLabels::title(title, content));
        contentLayout->addWidget(value);
    };
    contentLayout->addWidget(m_facts);
    section(tr("Breach status"), m_breach);
    section(tr("What happened"), m_description);
    section(tr("People"), m_people);
    section(tr("Affected individuals"), m_affected);
    section(tr("Systems and covered entities"), m_systems);
    section(tr("Containment and mitigation"), m_containment);
    section(tr("Lessons learned"), m_lessons);
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("incidentOverviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_reopen);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_incident)
            emit editRequested(m_incident->id);
    });
    connect(m_close, &QPushButton::clicked, this, &IncidentOverviewTab::askToClose);
    connect(m_reopen, &QPushButton::clicked, this, &IncidentOverviewTab::reopenIncident);
    setIncident(std::nullopt);
}

void IncidentOverviewTab::setIncident(const std::optional<Incident>& incident)
{
    if (!incident || !m_incident || incident->id != m_incident->id)
        m_banner->clearMessage();
    m_incident = incident;
    for (QLabel* label : {m_facts, m_breach, m_people, m_affected, m_systems, m_description,
                          m_containment, m_lessons})
        label->clear();
    updateButtons();
    if (!incident)
        return;
    const Incident& i = *incident;
    const auto day = [this](const QDate& date) {
        return date.isValid() ? isoDate(date) : tr("not known");
    };
    QStringList facts;
    facts << (i.isClosed() ? tr("Closed on %1").arg(isoDate(i.closedOn)) : tr("Open"))
          << tr("Kind: %1").arg(incidentKindLabel(i.kind))
          << tr("Occurred: %1 \u00b7 Discovered: %2").arg(day(i.occurredOn), day(i.discoveredOn))
          << tr("Reported: %1 \u00b7 Contained: %2").arg(day(i.reportedOn), day(i.containedOn));
    m_facts->setText(facts.join(QLatin1Char('\n')));

    m_breach->setText(BreachStatusText::explanation(i));

    m_description->setText(i.description.isEmpty() ? tr("No description yet.") : i.description);
    m_people->setText(tr("Reported by: %1\nHandled by: %2")
                          .arg(i.reporter.isEmpty() ? tr("not named") : i.reporter,
                               i.handler.isEmpty() ? tr("not named") : i.handler));

    QStringList affected;
    const QLocale locale;
    for (const JurisdictionCount& count : i.affected)
        affected << tr("%1: %2").arg(count.jurisdiction, locale.toString(count.individuals));
    QString affectedText = affected.isEmpty() ? tr("No affected individuals recorded.")
                                              : tr("%1 in total \u2014 %2")
                                                    .arg(locale.toString(i.totalAffected()),
                                                         affected.join(QStringLiteral(", ")));
    if (!i.phiTypes.isEmpty())
        affectedText +=
            QLatin1Char('\n') + tr("PHI involved: %1").arg(i.phiTypes.join(QStringLiteral(", ")));
    m_affected->setText(affectedText);

    QStringList systems;
    systems
        << tr("Systems: %1").arg(i.assetIds.empty() ? tr("none named") : names(i.assetIds, true));
    systems << (i.coveredEntityIds.empty()
                    ? tr("Covered entities: none \u2014 the PHI is ours as a covered entity")
                    : tr("Covered entities: %1").arg(names(i.coveredEntityIds, false)));
    if (!i.coveredEntityIds.empty())
        systems << (i.notifiesForCoveredEntity
                        ? tr("The agreement delegates notifying individuals, HHS and the media "
                             "to us.")
                        : tr("The covered entity notifies individuals, HHS and the media; we "
                             "notify the covered entity."));
    m_systems->setText(systems.join(QLatin1Char('\n')));
    m_containment->setText(i.containment.isEmpty() ? tr("Nothing recorded yet.") : i.containment);
    m_lessons->setText(i.lessonsLearned.isEmpty() ? tr("Nothing recorded yet.") : i.lessonsLearned);
}

QString IncidentOverviewTab::names(const std::vector<qint64>& ids, bool assets) const
{
    QStringList found;
    for (const qint64 id : ids) {
        if (assets) {
            Result<Asset> asset = m_program.assets().asset(id);
            found << (asset ? asset->name : tr("asset #%1").arg(id));
        } else {
            Result<Counterparty> party = m_program.counterparties().counterparty(id);
            found << (party ? party->name : tr("counterparty #%1").arg(id));
        }
    }
    return found.join(QStringLiteral(", "));
}

void IncidentOverviewTab::updateButtons()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const bool shown = m_incident.has_value();
    const bool closed = shown && m_incident->isClosed();
    m_edit->setEnabled(shown && writable);
    m_close->setVisible(!closed);
    m_close->setEnabled(shown && writable);
    m_reopen->setVisible(closed);
    m_reopen->setEnabled(closed && writable);
}

void IncidentOverviewTab::askToClose()
{
    if (!m_incident)
        return;
    CloseIncidentDialog dialog(m_program, *m_incident, this);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("%1 is closed.").arg(incidentReference(m_incident->id)));
}

bool IncidentOverviewTab::closeIncident(const QDate& on)
{
    if (!m_incident)
        return false;
    const qint64 id = m_incident->id;
    Result<Incident> closed = m_program.incidents().close(id, on);
    if (!closed) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The incident was not closed: %1").arg(closed.error().message));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%1 is closed.").arg(incidentReference(id)));
    return true;
}

bool IncidentOverviewTab::reopenIncident()
{
    if (!m_incident)
        return false;
    const qint64 id = m_incident->id;
    Result<Incident> reopened = m_program.incidents().reopen(id);
    if (!reopened) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The incident was not reopened: %1").arg(reopened.error().message));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%1 is open again.").arg(incidentReference(id)));
    return true;
}

QString IncidentOverviewTab::factsText() const
{
    return m_facts->text();
}

QString IncidentOverviewTab::breachText() const
{
    return m_breach->text();
}

} // namespace palisade::ui
