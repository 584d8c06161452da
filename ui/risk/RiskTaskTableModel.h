#pragma once

#include "core/risk/RemediationTask.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace palisade::ui {

// The remediation tasks of one risk. An open task past its due date is
// marked overdue in the Due column.
class RiskTaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        CompletedColumn,
        ColumnCount
    };

    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        OverdueRole, // bool
    };

    explicit RiskTaskTableModel(QObject* parent = nullptr);

    // `today` decides which open tasks are overdue.
    void setTasks(std::vector<RemediationTask> tasks, const QDate& today);
    const std::vector<RemediationTask>& tasks() const { return m_tasks; }
    const RemediationTask& taskAt(int row) const { return m_tasks.at(std::size_t(row)); }
    int rowForTask(qint64 id) const;
    bool isOverdue(const RemediationTask& task) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RemediationTask> m_tasks;
    QDate m_today;
};

} // namespace palisade::ui
