#pragma once

#include "core/audit/AuditEvent.h"
#include "ui/risk/RiskHistoryDiff.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// The recorded changes of one risk and its tasks, newest first: when (local
// time), who, what kind of change and, field by field, what changed.
class RiskHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        ChangesColumn,
        ColumnCount
    };

    enum Role
    {
        SeqRole = Qt::UserRole + 1, // qint64
        DetailRole,                 // every changed field with full values
    };

    explicit RiskHistoryModel(QObject* parent = nullptr);

    // `events` oldest first, as the register returns them.
    void setEvents(const std::vector<AuditEvent>& events, const RiskHistoryDiff& diff);
    const AuditEvent& eventAt(int row) const { return m_rows.at(std::size_t(row)).event; }

    static QString timeLabel(const QDateTime& utc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        AuditEvent event;
        QString action;
        QString summary;
        QString detail;
    };

    std::vector<Row> m_rows;
};

} // namespace palisade::ui
