#pragma once

#include "core/training/RevisionAcknowledgmentStatus.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// Who has acknowledged one policy revision: everyone on the workforce, still
// to acknowledge first, then former staff who acknowledged it.
class AcknowledgmentStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PersonColumn,
        DepartmentColumn,
        AcknowledgedColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        OutstandingRole, // bool: expected and not yet acknowledged
    };

    explicit AcknowledgmentStatusModel(QObject* parent = nullptr);

    void setRows(std::vector<RevisionAcknowledgmentStatus::Row> rows);
    const RevisionAcknowledgmentStatus::Row& rowAt(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RevisionAcknowledgmentStatus::Row> m_rows;
};

} // namespace palisade::ui
