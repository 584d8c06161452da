#pragma once

#include "core/incidents/BreachLogEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace palisade::ui {

// The breaches of one calendar year as HHS's annual submission lists them:
// one row per breach with its dates, the people affected in total and per
// State, and the notices sent.
class BreachLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        DiscoveredColumn,
        TitleColumn,
        StatusColumn,
        AffectedColumn,
        ByStateColumn,
        NoticesColumn,
        ColumnCount
    };

    explicit BreachLogModel(QObject* parent = nullptr);

    // `counterpartyNames` names the covered entities notified, by id.
    void setEntries(std::vector<BreachLogEntry> entries, QHash<qint64, QString> counterpartyNames);
    const std::vector<BreachLogEntry>& entries() const { return m_entries; }
    int smallBreachCount() const; // fewer than 500 affected

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString noticesText(const BreachLogEntry& entry) const;

    std::vector<BreachLogEntry> m_entries;
    QHash<qint64, QString> m_counterpartyNames;
};

} // namespace palisade::ui
