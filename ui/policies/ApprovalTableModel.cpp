#include "ui/policies/ApprovalTableModel.h"

#include "ui/policies/PolicyLabels.h"

namespace palisade::ui {

ApprovalTableModel::ApprovalTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ApprovalTableModel::setApprovals(std::vector<PolicyApproval> approvals)
{
    beginResetModel();
    m_approvals = std::move(approvals);
    endResetModel();
}

int ApprovalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_approvals.size());
}

int ApprovalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyApproval& approval = m_approvals[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return tr("Recorded by %1 at %2")
            .arg(approval.recordedBy,
                 approval.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ApproverColumn:
        return approval.approver;
    case RoleColumn:
        return approval.role;
    case DateColumn:
        return PolicyLabels::date(approval.approvedOn);
    case MeaningColumn:
        return approval.meaning;
    }
    return {};
}

QVariant ApprovalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    switch (section) {
    case ApproverColumn:
        return tr("Approver");
    case RoleColumn:
        return tr("Role");
    case DateColumn:
        return tr("Date");
    case MeaningColumn:
        return tr("Meaning");
    }
    return {};
}

} // namespace palisade::ui
