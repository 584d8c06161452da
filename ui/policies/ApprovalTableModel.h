#pragma once

#include "core/policies/PolicyApproval.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// The sign-offs recorded for one policy revision, by date.
class ApprovalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ApproverColumn,
        RoleColumn,
        DateColumn,
        MeaningColumn,
        ColumnCount
    };

    explicit ApprovalTableModel(QObject* parent = nullptr);

    void setApprovals(std::vector<PolicyApproval> approvals);
    const std::vector<PolicyApproval>& approvals() const { return m_approvals; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PolicyApproval> m_approvals;
};

} // namespace palisade::ui
