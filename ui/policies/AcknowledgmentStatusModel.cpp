#include "ui/policies/AcknowledgmentStatusModel.h"

#include "ui/policies/PolicyLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace palisade::ui {

AcknowledgmentStatusModel::AcknowledgmentStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AcknowledgmentStatusModel::setRows(std::vector<RevisionAcknowledgmentStatus::Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AcknowledgmentStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AcknowledgmentStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AcknowledgmentStatusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RevisionAcknowledgmentStatus::Row& row = m_rows[size_t(index.row())];
    const bool outstanding = row.expected && !row.acknowledgment;
    switch (role) {
    case PersonIdRole:
        return row.person.id;
    case OutstandingRole:
        return outstanding;
    case Qt::DisplayRole:
        switch (index.column()) {
        case PersonColumn:
            return row.person.name;
        case DepartmentColumn:
            return row.person.department;
        case AcknowledgedColumn:
            if (row.acknowledgment)
                return row.expected
                           ? PolicyLabels::date(row.acknowledgment->acknowledgedOn)
                           : tr("%1 (has left)")
                                 .arg(PolicyLabels::date(row.acknowledgment->acknowledgedOn));
            return tr("Not yet");
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == AcknowledgedColumn && outstanding)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (!row.expected)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        break;
    case Qt::FontRole:
        if (index.column() == AcknowledgedColumn && outstanding) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (row.acknowledgment)
            return tr("Recorded by %1").arg(row.acknowledgment->recordedBy);
        break;
    default:
        break;
    }
    return {};
}

QVariant AcknowledgmentStatusModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case DepartmentColumn:
        return tr("Department");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    }
    return {};
}

} // namespace palisade::ui
