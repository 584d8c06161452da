#pragma once

#include "core/incidents/IncidentNotification.h"
#include "core/incidents/RequiredNotification.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace palisade::ui {

// The notices an incident calls for, each with its deadline and where it
// stands on a day: sent on time, sent late, days left, or overdue (in red).
class RequiredNoticeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RecipientColumn,
        DueColumn,
        StandingColumn,
        SentColumn,
        ColumnCount,
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        OverdueRole,
        SentRole,
        LateRole,
        DaysLeftRole,
        SortRole,
    };

    struct Row
    {
        RequiredNotification notice;
        QDate sentOn; // the first notice sent for its key; invalid while owed
        qint64 daysLeft = 0;
        bool overdue = false;
        bool late = false;

        bool isSent() const { return sentOn.isValid(); }
    };

    explicit RequiredNoticeModel(QObject* parent = nullptr);

    void setNotices(const std::vector<RequiredNotification>& required,
                    const std::vector<IncidentNotification>& sent, const QDate& today);
    const Row& rowAt(int row) const { return m_rows[std::size_t(row)]; }
    int rowForKey(const QString& key) const;
    // The recipient in full, where the table shows it short (IncidentDeadlineText):
    // "Florida Department of Legal Affairs (FL)", "Covered entity: Lakeside Clinic".
    static QString recipientText(const RequiredNotification& notice);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString standingText(const Row& row) const;

    std::vector<Row> m_rows;
};

} // namespace palisade::ui
