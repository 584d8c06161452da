#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace palisade::ui {

// Filters the training matrix by department and role, and keeps only the
// course columns that apply to at least one person shown. Sorts by the
// column's urgency, or, with most-overdue-first, people by their longest
// overdue course (then by how many are overdue, then by name).
class TrainingMatrixProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TrainingMatrixProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;

    QString department() const { return m_department; }
    // Empty: every department. Compared regardless of case.
    void setDepartment(const QString& department);
    QString role() const { return m_role; }
    // A WorkforceRole key; empty: every role.
    void setRole(const QString& roleKey);
    bool isMostOverdueFirst() const { return m_mostOverdueFirst; }
    void setMostOverdueFirst(bool enabled);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    void updateCourseColumns() const;

    QString m_department;
    QString m_role;
    bool m_mostOverdueFirst = false;
    // Source columns of courses that apply to someone shown, worked out once
    // per filter change rather than once per column.
    mutable QSet<int> m_courseColumns;
    mutable bool m_columnsDirty = true;
};

} // namespace palisade::ui
