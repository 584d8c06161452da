#include "ui/training/TrainingMatrixProxyModel.h"

#include "ui/training/TrainingMatrixModel.h"

namespace palisade::ui {

TrainingMatrixProxyModel::TrainingMatrixProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TrainingMatrixModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TrainingMatrixProxyModel::setSourceModel(QAbstractItemModel* source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_columnsDirty = true;
    if (source) {
        // Connected before the base class so the columns are worked out
        // again before the proxy maps the reset model.
        const auto dirty = [this] {
            m_columnsDirty = true;
        };
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, dirty);
        connect(source, &QAbstractItemModel::rowsInserted, this, dirty);
        connect(source, &QAbstractItemModel::rowsRemoved, this, dirty);
        connect(source, &QAbstractItemModel::columnsInserted, this, dirty);
        connect(source, &QAbstractItemModel::columnsRemoved, this, dirty);
        connect(source, &QAbstractItemModel::dataChanged, this, dirty);
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void TrainingMatrixProxyModel::setDepartment(const QString& department)
{
    if (department == m_department)
        return;
    m_department = department;
    refilter();
}

void TrainingMatrixProxyModel::setRole(const QString& roleKey)
{
    if (roleKey == m_role)
        return;
    m_role = roleKey;
    refilter();
}

void TrainingMatrixProxyModel::setMostOverdueFirst(bool enabled)
{
    if (enabled == m_mostOverdueFirst)
        return;
    m_mostOverdueFirst = enabled;
    invalidate();
    if (enabled)
        sort(TrainingMatrixModel::PersonColumn, Qt::AscendingOrder);
}

void TrainingMatrixProxyModel::refilter()
{
    m_columnsDirty = true;
    invalidateFilter();
}

bool TrainingMatrixProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex& sourceParent) const
{
    const QModelIndex index =
        sourceModel()->index(sourceRow, TrainingMatrixModel::PersonColumn, sourceParent);
    if (!m_department.isEmpty() && index.data(TrainingMatrixModel::DepartmentRole)
                                           .toString()
                                           .trimmed()
                                           .compare(m_department, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_role.isEmpty() &&
        !index.data(TrainingMatrixModel::PersonRolesRole).toStringList().contains(m_role))
        return false;
    return true;
}

void TrainingMatrixProxyModel::updateCourseColumns() const
{
    m_courseColumns.clear();
    const QAbstractItemModel* source = sourceModel();
    const int rows = source->rowCount();
    const int columns = source->columnCount();
    for (int row = 0; row < rows; ++row) {
        if (!filterAcceptsRow(row, {}))
            continue;
        for (int column = TrainingMatrixModel::PersonColumn + 1; column < columns; ++column) {
            if (!m_courseColumns.contains(column) &&
                source->index(row, column).data(TrainingMatrixModel::AppliesRole).toBool())
                m_courseColumns.insert(column);
        }
    }
    m_columnsDirty = false;
}

bool TrainingMatrixProxyModel::filterAcceptsColumn(int sourceColumn,
                                                   const QModelIndex& sourceParent) const
{
    if (sourceColumn == TrainingMatrixModel::PersonColumn || sourceParent.isValid())
        return true;
    if (m_columnsDirty)
        updateCourseColumns();
    return m_courseColumns.contains(sourceColumn);
}

bool TrainingMatrixProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto name = [](const QModelIndex& index) {
        return index.siblingAtColumn(TrainingMatrixModel::PersonColumn)
            .data(TrainingMatrixModel::SortRole)
            .toString();
    };
    if (m_mostOverdueFirst) {
        const int leftDays = left.data(TrainingMatrixModel::MaxDaysOverdueRole).toInt();
        const int rightDays = right.data(TrainingMatrixModel::MaxDaysOverdueRole).toInt();
        if (leftDays != rightDays)
            return leftDays > rightDays;
        const int leftCount = left.data(TrainingMatrixModel::OverdueCountRole).toInt();
        const int rightCount = right.data(TrainingMatrixModel::OverdueCountRole).toInt();
        if (leftCount != rightCount)
            return leftCount > rightCount;
        return QString::localeAwareCompare(name(left), name(right)) < 0;
    }
    if (left.column() == TrainingMatrixModel::PersonColumn)
        return QString::localeAwareCompare(name(left), name(right)) < 0;
    const int leftUrgency = left.data(TrainingMatrixModel::SortRole).toInt();
    const int rightUrgency = right.data(TrainingMatrixModel::SortRole).toInt();
    if (leftUrgency != rightUrgency)
        return leftUrgency < rightUrgency;
    // Ties keep people in name order whichever way the column is sorted.
    return sortOrder() == Qt::AscendingOrder
               ? QString::localeAwareCompare(name(left), name(right)) < 0
               : QString::localeAwareCompare(name(left), name(right)) > 0;
}

} // namespace palisade::ui
