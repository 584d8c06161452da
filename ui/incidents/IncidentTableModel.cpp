#include "ui/incidents/IncidentTableModel.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/incidents/IncidentDeadlineText.h"
#include "ui/incidents/IncidentTableRoles.h"
#include "ui/training/DueStateColors.h"

#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace palisade::ui {
namespace {

// Sort keys of the next-deadline column past any real count of days: an
// incident whose notices are all sent, then one that owes none.
constexpr qint64 allSentKey = 1'000'000;
constexpr qint64 nothingOwedKey = 2'000'000;

} // namespace

IncidentTableModel::IncidentTableModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

QString IncidentTableModel::shortStatusLabel(BreachStatus status)
{
    switch (status) {
    case BreachStatus::PresumedBreach:
        return tr("Presumed breach");
    case BreachStatus::Breach:
        return tr("Breach");
    case BreachStatus::LowProbability:
        return tr("Not a breach");
    case BreachStatus::SecuredPhi:
        return tr("Not reportable (secured)");
    }
    return {};
}

bool IncidentTableModel::reload()
{
    if (!m_program.isOpen())
        return false;
    m_today = m_program.clock().today();
    Result<std::vector<Incident>> incidents = m_program.incidents().incidents();
    Result<std::vector<IncidentDeadline>> deadlines = BreachReporting(m_program).deadlines(m_today);
    beginResetModel();
    m_deadlines.clear();
    if (!incidents || !deadlines) {
        m_lastError = !incidents ? incidents.error().message : deadlines.error().message;
        m_incidents.clear();
        endResetModel();
        return false;
    }
    m_lastError.clear();
    m_incidents = std::move(incidents).value();
    for (const IncidentDeadline& deadline : *deadlines)
        m_deadlines[deadline.incidentId].push_back(deadline);
    endResetModel();
    return true;
}

int IncidentTableModel::rowForId(qint64 id) const
{
    const auto it = std::find_if(m_incidents.begin(), m_incidents.end(),
                                 [id](const Incident& incident) { return incident.id == id; });
    return it == m_incidents.end() ? -1 : int(it - m_incidents.begin());
}

std::vector<IncidentDeadline> IncidentTableModel::pendingFor(qint64 incidentId) const
{
    std::vector<IncidentDeadline> pending;
    const auto found = m_deadlines.constFind(incidentId);
    if (found == m_deadlines.constEnd())
        return pending;
    std::copy_if(found->begin(), found->end(), std::back_inserter(pending),
                 [](const IncidentDeadline& deadline) { return !deadline.sent; });
    std::stable_sort(pending.begin(), pending.end(),
                     [](const IncidentDeadline& a, const IncidentDeadline& b) {
                         return a.daysLeft < b.daysLeft;
                     });
    return pending;
}

int IncidentTableModel::overdueCount() const
{
    int count = 0;
    for (const Incident& incident : m_incidents) {
        const std::vector<IncidentDeadline> pending = pendingFor(incident.id);
        count += !pending.empty() && pending.front().overdue ? 1 : 0;
    }
    return count;
}

int IncidentTableModel::openCount() const
{
    return int(std::count_if(m_incidents.begin(), m_incidents.end(),
                             [](const Incident& incident) { return !incident.isClosed(); }));
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::displayData(const Incident& incident, int column) const
{
    switch (column) {
    case ReferenceColumn:
        return incidentReference(incident.id);
    case TitleColumn:
        return incident.title;
    case KindColumn:
        return incidentKindLabel(incident.kind);
    case DiscoveredColumn:
        return isoDate(incident.discoveredOn);
    case BreachStatusColumn:
        return shortStatusLabel(BreachNotificationRules::status(incident));
    case AffectedColumn:
        return QLocale().toString(incident.totalAffected());
    case NextDeadlineColumn: {
        const std::vector<IncidentDeadline> pending = pendingFor(incident.id);
        if (!pending.empty())
            return IncidentDeadlineText::countdown(pending.front());
        if (m_deadlines.contains(incident.id))
            return tr("All notices sent");
        return QStringLiteral("\u2014");
    }
    case StatusColumn:
        return incident.isClosed() ? tr("Closed on %1").arg(isoDate(incident.closedOn))
                                   : tr("Open");
    }
    return {};
}

QVariant IncidentTableModel::sortData(const Incident& incident, int column) const
{
    switch (column) {
    case ReferenceColumn:
        return incident.id;
    case DiscoveredColumn:
        return incident.discoveredOn.isValid() ? incident.discoveredOn.toJulianDay() : 0;
    case BreachStatusColumn:
        return int(BreachNotificationRules::status(incident));
    case AffectedColumn:
        return incident.totalAffected();
    case NextDeadlineColumn: {
        const std::vector<IncidentDeadline> pending = pendingFor(incident.id);
        if (!pending.empty())
            return pending.front().daysLeft;
        return m_deadlines.contains(incident.id) ? allSentKey : nothingOwedKey;
    }
    case StatusColumn:
        // Open first, then the most recently closed.
        return incident.isClosed() ? 1'000'000'000 - incident.closedOn.toJulianDay() : 0;
    default:
        return displayData(incident, column);
    }
}

QVariant IncidentTableModel::deadlineColour(const Incident& incident, bool background) const
{
    const std::vector<IncidentDeadline> pending = pendingFor(incident.id);
    if (pending.empty())
        return {};
    const IncidentDeadline& next = pending.front();
    std::optional<DueState> state;
    if (next.overdue)
        state = DueState::Overdue;
    else if (next.daysLeft <= IncidentDeadlineText::soonDays)
        state = DueState::DueSoon;
    if (!state)
        return {};
    return QVariant::fromValue(background ? DueStateColors::background(*state)
                                          : DueStateColors::foreground(*state));
}

QString IncidentTableModel::deadlineToolTip(const Incident& incident) const
{
    const auto found = m_deadlines.constFind(incident.id);
    if (found == m_deadlines.constEnd())
        return BreachNotificationRules::isReportable(BreachNotificationRules::status(incident))
                   ? tr("No notice is owed yet: enter the discovery date.")
                   : tr("Not a reportable breach: no notice is owed.");
    QStringList lines;
    for (const IncidentDeadline& deadline : *found) {
        if (deadline.sent)
            lines << tr("%1: sent %2%3")
                         .arg(IncidentDeadlineText::recipient(deadline.notice),
                              isoDate(deadline.sentOn),
                              deadline.late
                                  ? tr(" (late; due %1)").arg(isoDate(deadline.notice.dueOn))
                                  : QString());
        else
            lines << tr("%1: due %2, %3")
                         .arg(IncidentDeadlineText::recipient(deadline.notice),
                              isoDate(deadline.notice.dueOn),
                              IncidentDeadlineText::daysText(deadline.daysLeft));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident& incident = m_incidents[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(incident, column);
    case Qt::ToolTipRole:
        if (column == NextDeadlineColumn)
            return deadlineToolTip(incident);
        if (column == TitleColumn)
            return incident.description.isEmpty() ? incident.title : incident.description;
        if (column == BreachStatusColumn)
            return breachStatusLabel(BreachNotificationRules::status(incident));
        if (column == KindColumn)
            return incidentKindLabel(incident.kind);
        if (column == AffectedColumn && !incident.affected.empty()) {
            QStringList states;
            for (const JurisdictionCount& count : incident.affected)
                states << tr("%1: %L2").arg(count.jurisdiction).arg(count.individuals);
            return states.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == NextDeadlineColumn)
            return deadlineColour(incident, false);
        if (incident.isClosed())
            return QVariant::fromValue(QPalette().color(QPalette::PlaceholderText));
        return {};
    case Qt::BackgroundRole:
        if (column == NextDeadlineColumn)
            return deadlineColour(incident, true);
        return {};
    case Qt::TextAlignmentRole:
        if (column == AffectedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case incidentrole::SortRole:
        return sortData(incident, column);
    case incidentrole::IdRole:
        return incident.id;
    case incidentrole::SearchTextRole:
        return QStringList{incidentReference(incident.id), incident.title, incident.description,
                           incident.handler, incident.reporter}
            .join(QLatin1Char('\n'));
    case incidentrole::ClosedRole:
        return incident.isClosed();
    case incidentrole::BreachStatusKeyRole:
        return breachStatusKey(BreachNotificationRules::status(incident));
    case incidentrole::OverdueRole: {
        const std::vector<IncidentDeadline> pending = pendingFor(incident.id);
        return !pending.empty() && pending.front().overdue;
    }
    default:
        break;
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BreachStatusColumn:
            return tr("Without a documented four-factor assessment, an incident involving "
                      "unsecured PHI is presumed a breach (164.402)");
        case NextDeadlineColumn:
            return tr("The next notice owed and the days left, counted from discovery");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case DiscoveredColumn:
        return tr("Discovered");
    case BreachStatusColumn:
        return tr("Breach Status");
    case AffectedColumn:
        return tr("Affected");
    case NextDeadlineColumn:
        return tr("Next Deadline");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace palisade::ui
