#include "ui/incidents/SentNoticeModel.h"

#include "core/util/IsoDate.h"
#include "ui/incidents/IncidentDeadlineText.h"

#include <QLocale>

namespace palisade::ui {

SentNoticeModel::SentNoticeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SentNoticeModel::setNotices(std::vector<IncidentNotification> notices,
                                 QHash<qint64, QString> names)
{
    beginResetModel();
    m_notices = std::move(notices);
    m_names = std::move(names);
    endResetModel();
}

int SentNoticeModel::rowForId(qint64 id) const
{
    for (std::size_t i = 0; i < m_notices.size(); ++i) {
        if (m_notices[i].id == id)
            return int(i);
    }
    return -1;
}

QString SentNoticeModel::recipientText(const IncidentNotification& notice) const
{
    RequiredNotification answered;
    answered.recipient = notice.recipient;
    answered.jurisdiction = notice.jurisdiction;
    answered.counterpartyId = notice.counterpartyId;
    answered.recipientName = m_names.value(notice.counterpartyId);
    return IncidentDeadlineText::recipient(answered);
}

int SentNoticeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notices.size());
}

int SentNoticeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SentNoticeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentNotification& notice = m_notices[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SentOnColumn:
            return isoDate(notice.sentOn);
        case RecipientColumn:
            return recipientText(notice);
        case MethodColumn:
            return notice.method;
        case CopyColumn:
            return notice.file ? notice.file->fileName : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CopyColumn && notice.file)
            return tr("%1, %2 \u2014 SHA-256 %3")
                .arg(notice.file->fileName, QLocale().formattedDataSize(notice.file->size),
                     notice.file->sha256);
        return notice.sentBy.isEmpty()
                   ? notice.content
                   : tr("Sent by %1\n%2").arg(notice.sentBy, notice.content).trimmed();
    case NotificationIdRole:
        return notice.id;
    case HasCopyRole:
        return notice.file.has_value();
    case SortRole:
        if (index.column() == SentOnColumn)
            return notice.sentOn.toJulianDay();
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant SentNoticeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SentOnColumn:
        return tr("Sent on");
    case RecipientColumn:
        return tr("To");
    case MethodColumn:
        return tr("How");
    case CopyColumn:
        return tr("Copy");
    default:
        return {};
    }
}

} // namespace palisade::ui
