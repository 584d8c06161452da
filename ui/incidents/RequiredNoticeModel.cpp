#include "ui/incidents/RequiredNoticeModel.h"

#include "core/util/IsoDate.h"
#include "ui/assets/FindingMark.h"
#include "ui/incidents/IncidentDeadlineText.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <limits>

namespace palisade::ui {

RequiredNoticeModel::RequiredNoticeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RequiredNoticeModel::setNotices(const std::vector<RequiredNotification>& required,
                                     const std::vector<IncidentNotification>& sent,
                                     const QDate& today)
{
    beginResetModel();
    m_rows.clear();
    for (const RequiredNotification& notice : required) {
        Row row;
        row.notice = notice;
        const QString key = notice.key();
        for (const IncidentNotification& given : sent) {
            if (given.key() == key && given.sentOn.isValid() &&
                (!row.sentOn.isValid() || given.sentOn < row.sentOn))
                row.sentOn = given.sentOn;
        }
        row.daysLeft = today.daysTo(notice.dueOn);
        row.overdue = !row.isSent() && today > notice.dueOn;
        row.late = row.isSent() && row.sentOn > notice.dueOn;
        m_rows.push_back(row);
    }
    endResetModel();
}

int RequiredNoticeModel::rowForKey(const QString& key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].notice.key() == key)
            return int(i);
    }
    return -1;
}

QString RequiredNoticeModel::recipientText(const RequiredNotification& notice)
{
    switch (notice.recipient) {
    case NotificationRecipient::CoveredEntity:
        return tr("Covered entity: %1")
            .arg(notice.recipientName.isEmpty() ? tr("#%1").arg(notice.counterpartyId)
                                                : notice.recipientName);
    case NotificationRecipient::Media:
        return tr("Media in %1").arg(notice.jurisdiction);
    case NotificationRecipient::StateAuthority:
        return notice.recipientName.isEmpty()
                   ? tr("State authority of %1").arg(notice.jurisdiction)
                   : tr("%1 (%2)").arg(notice.recipientName, notice.jurisdiction);
    case NotificationRecipient::Hhs:
        return notice.annualLog ? tr("HHS (annual breach log)")
                                : notificationRecipientLabel(notice.recipient);
    case NotificationRecipient::Individuals:
        break;
    }
    return notificationRecipientLabel(notice.recipient);
}

QString RequiredNoticeModel::standingText(const Row& row) const
{
    if (row.isSent()) {
        if (!row.late)
            return tr("Sent on time");
        return tr("Sent %n day(s) late", nullptr, int(row.notice.dueOn.daysTo(row.sentOn)));
    }
    if (row.overdue)
        return tr("Overdue by %n day(s)", nullptr, int(-row.daysLeft));
    if (row.daysLeft == 0)
        return tr("Due today");
    return tr("%n day(s) left", nullptr, int(row.daysLeft));
}

int RequiredNoticeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequiredNoticeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequiredNoticeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecipientColumn:
            return IncidentDeadlineText::recipient(row.notice);
        case DueColumn:
            return isoDate(row.notice.dueOn);
        case StandingColumn:
            return standingText(row);
        case SentColumn:
            return row.isSent() ? isoDate(row.sentOn) : tr("Not yet");
        }
        break;
    case Qt::ForegroundRole:
        if ((row.overdue || row.late) && index.column() != RecipientColumn)
            return findingmark::color();
        if (!row.isSent() && index.column() == SentColumn)
            return QPalette().color(QPalette::PlaceholderText);
        break;
    case Qt::FontRole:
        if (row.overdue && index.column() == StandingColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\n%2").arg(recipientText(row.notice), row.notice.basis);
    case Qt::AccessibleTextRole:
        if (index.column() == StandingColumn && row.overdue)
            return tr("Overdue: %1").arg(standingText(row));
        break;
    case KeyRole:
        return row.notice.key();
    case OverdueRole:
        return row.overdue;
    case SentRole:
        return row.isSent();
    case LateRole:
        return row.late;
    case DaysLeftRole:
        return row.daysLeft;
    case SortRole:
        switch (index.column()) {
        case RecipientColumn:
            return recipientText(row.notice);
        case DueColumn:
        case StandingColumn:
            return row.notice.dueOn.toJulianDay();
        case SentColumn:
            return row.isSent() ? row.sentOn.toJulianDay() : std::numeric_limits<qint64>::max();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RequiredNoticeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecipientColumn:
        return tr("Notice to");
    case DueColumn:
        return tr("Due by");
    case StandingColumn:
        return tr("Standing");
    case SentColumn:
        return tr("Sent on");
    default:
        return {};
    }
}

} // namespace palisade::ui
