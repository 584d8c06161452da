#pragma once

#include "core/risk/RemediationTask.h"
#include "core/risk/Risk.h"
#include "core/risk/RiskAttention.h"
#include "core/util/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QIcon>
#include <array>
#include <span>
#include <vector>

namespace palisade {
class RiskRegister;
}

namespace palisade::ui {

// The risk register as a table, one row per risk, with what needs attention
// worked out for a given day. Replacing the content keeps the rows of risks
// that are still there, so views keep their selection.
//
// The model sorts itself (on precomputed keys, in milliseconds for 100,000
// rows) so that RiskFilterProxyModel only filters: a filter change then never
// has to sort again.
class RiskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RefColumn,
        TitleColumn,
        OwnerColumn,
        StatusColumn,
        InherentColumn,
        ResidualColumn,
        TreatmentColumn,
        DueColumn,
        ReviewColumn,
        TasksColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: levels by severity, dates as QDate
        IdRole,                      // qint64
        OverdueRole,                 // bool, RiskAttention::isOverdue()
        LevelRole,                   // int severity of the column's level, -1 when not rated
    };

    struct Row
    {
        Risk risk;
        RiskAttention attention;
        QString haystack; // case-folded text that free-text search looks in

        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit RiskTableModel(QObject* parent = nullptr);

    // Reads the risks and their tasks from the register.
    Result<void> load(const RiskRegister& risks, const QDate& today);
    // `risks` in any order; `tasks` of any of them, for counts and overdue marks.
    void setRisks(std::vector<Risk> risks, std::span<const RemediationTask> tasks,
                  const QDate& today);
    void clear();

    QDate today() const { return m_today; }
    const Row& rowAt(int row) const { return m_rows[size_t(row)]; }
    const Risk& riskAt(int row) const { return m_rows[size_t(row)].risk; }
    // The row of the risk with this id, or -1.
    int rowForId(qint64 id) const;

    // A number that orders rows by this column the way the sort role does.
    // Text columns are ranked in the user's collation order once per change.
    qint64 sortKey(int row, int column) const;
    // Rows with equal keys stay in reference order, in either direction.
    // A column of -1 stops sorting and leaves the rows as they are.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The level a risk stands at now: residual where rated, otherwise inherent.
    static RiskLevel currentLevel(const Risk& risk);
    static QString dateText(const QDate& date);
    static QIcon levelIcon(RiskLevel level);
    static QIcon overdueIcon();

private:
    Row makeRow(Risk risk, std::span<const RemediationTask> tasks) const;
    QString toolTip(const Row& row, int column) const;
    const std::vector<int>& textRanks(int column) const;
    void forgetRanks();
    static qint64 keyOf(const Row& row, int column);
    bool sameSortPlace(const Row& a, const Row& b) const;
    std::vector<int> sortedOrder() const;
    void reorder(const std::vector<int>& order);
    void applySort();

    std::vector<Row> m_rows;
    QDate m_today;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Title and owner ranks, built on first use after each change.
    mutable std::array<std::vector<int>, ColumnCount> m_ranks;
    std::array<QIcon, riskLevelCount> m_levelIcons;
    QIcon m_overdueIcon;
};

} // namespace palisade::ui
