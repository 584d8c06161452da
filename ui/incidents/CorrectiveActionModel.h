#pragma once

#include "core/incidents/CorrectiveAction.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace palisade::ui {

// The corrective actions of an incident: what, who, due when, and done when
// (open actions past their due day in red).
class CorrectiveActionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        StateColumn,
        ColumnCount,
    };
    enum Role
    {
        ActionIdRole = Qt::UserRole + 1,
        DoneRole,
        OverdueRole,
        SortRole,
    };

    explicit CorrectiveActionModel(QObject* parent = nullptr);

    void setActions(std::vector<CorrectiveAction> actions, const QDate& today);
    const CorrectiveAction& actionAt(int row) const { return m_actions[std::size_t(row)]; }
    int rowForId(qint64 id) const;
    int openCount() const;
    bool isOverdue(const CorrectiveAction& action) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<CorrectiveAction> m_actions;
    QDate m_today;
};

} // namespace palisade::ui
