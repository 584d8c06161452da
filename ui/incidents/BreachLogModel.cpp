#include "ui/incidents/BreachLogModel.h"

#include "core/incidents/BreachLogExporter.h"
#include "core/incidents/BreachNotificationRules.h"
#include "core/util/IsoDate.h"
#include "ui/incidents/IncidentDeadlineText.h"
#include "ui/incidents/IncidentTableModel.h"
#include "ui/incidents/IncidentTableRoles.h"

#include <QColor>
#include <QLocale>

namespace palisade::ui {

BreachLogModel::BreachLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BreachLogModel::setEntries(std::vector<BreachLogEntry> entries,
                                QHash<qint64, QString> counterpartyNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_counterpartyNames = std::move(counterpartyNames);
    endResetModel();
}

int BreachLogModel::smallBreachCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const BreachLogEntry& entry) {
        return entry.totalAffected < BreachNotificationRules::hhsThreshold;
    }));
}

int BreachLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BreachLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BreachLogModel::noticesText(const BreachLogEntry& entry) const
{
    QStringList parts;
    for (const BreachLogEntry::Notice& notice : entry.notices) {
        // Named as the countdowns name the notice each one answers.
        RequiredNotification answered;
        answered.recipient = notice.recipient;
        answered.jurisdiction = notice.jurisdiction;
        answered.counterpartyId = notice.counterpartyId;
        answered.recipientName = m_counterpartyNames.value(notice.counterpartyId);
        const QString who = IncidentDeadlineText::recipient(answered);
        parts << tr("%1 %2").arg(who, isoDate(notice.sentOn));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant BreachLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreachLogEntry& entry = m_entries[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case ReferenceColumn:
            return entry.reference;
        case DiscoveredColumn:
            return isoDate(entry.discoveredOn);
        case TitleColumn:
            return role == Qt::ToolTipRole && !entry.description.isEmpty() ? entry.description
                                                                           : entry.title;
        case StatusColumn:
            return role == Qt::ToolTipRole ? breachStatusLabel(entry.status)
                                           : IncidentTableModel::shortStatusLabel(entry.status);
        case AffectedColumn:
            return QLocale().toString(entry.totalAffected);
        case ByStateColumn:
            return BreachLogExporter::affectedText(entry.affected);
        case NoticesColumn: {
            const QString text = noticesText(entry);
            if (!text.isEmpty())
                return text;
            return role == Qt::ToolTipRole ? tr("No notice recorded as sent yet") : tr("None yet");
        }
        }
        return {};
    }
    if (role == Qt::ForegroundRole && column == NoticesColumn && entry.notices.empty())
        return QVariant::fromValue(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::TextAlignmentRole && column == AffectedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == incidentrole::IdRole)
        return entry.incidentId;
    return {};
}

QVariant BreachLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case DiscoveredColumn:
        return tr("Discovered");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case AffectedColumn:
        return tr("Affected");
    case ByStateColumn:
        return tr("By State");
    case NoticesColumn:
        return tr("Notices Sent");
    }
    return {};
}

} // namespace palisade::ui
