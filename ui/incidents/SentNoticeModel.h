#pragma once

#include "core/incidents/IncidentNotification.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace palisade::ui {

// The notices on file for an incident, as sent: day, recipient, method and
// the attached copy of the letter, if any; who sent it and what it said on hover.
class SentNoticeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SentOnColumn,
        RecipientColumn,
        MethodColumn,
        CopyColumn,
        ColumnCount,
    };
    enum Role
    {
        NotificationIdRole = Qt::UserRole + 1,
        HasCopyRole,
        SortRole,
    };

    explicit SentNoticeModel(QObject* parent = nullptr);

    // `names`: the covered entities' names by counterparty id.
    void setNotices(std::vector<IncidentNotification> notices, QHash<qint64, QString> names);
    const IncidentNotification& noticeAt(int row) const { return m_notices[std::size_t(row)]; }
    int rowForId(qint64 id) const;
    QString recipientText(const IncidentNotification& notice) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<IncidentNotification> m_notices;
    QHash<qint64, QString> m_names;
};

} // namespace palisade::ui
