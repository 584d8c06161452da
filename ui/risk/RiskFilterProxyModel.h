#pragma once

#include "core/risk/RiskLevel.h"
#include "core/risk/RiskStatus.h"

#include <QSortFilterProxyModel>
#include <optional>
#include <vector>

namespace palisade::ui {

class RiskTableModel;

// Filters RiskTableModel rows. Every criterion is optional; a row is shown
// when it meets all of those set. Built for registers of 100,000 risks:
// criteria are read straight from the source rows, never through QVariant,
// and sorting is handed to the source model, so the proxy keeps its order and
// a filter change costs one pass over the rows.
class RiskFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    struct HeatMapCell
    {
        bool residual = false;
        RiskLevel likelihood = RiskLevel::Moderate;
        RiskLevel impact = RiskLevel::Moderate;

        friend bool operator==(const HeatMapCell&, const HeatMapCell&) = default;
    };

    explicit RiskFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    // Sorts the source model (RiskTableModel) rather than the proxy.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Every word must occur, in any case, in the reference, title, description,
    // owner, threat source or event, or vulnerability.
    void setText(const QString& text);
    // Empty for any status.
    void setStatuses(const std::vector<RiskStatus>& statuses);
    // Exact owner; empty for any owner.
    void setOwner(const QString& owner);
    // Risks whose current level (residual where rated, else inherent) is at least this.
    void setMinimumLevel(std::optional<RiskLevel> level);
    void setOverdueOnly(bool overdueOnly);
    void setHeatMapCell(std::optional<HeatMapCell> cell);
    void clearFilters();
    bool isFiltering() const;

    QString text() const { return m_text; }
    QString owner() const { return m_owner; }
    std::optional<RiskLevel> minimumLevel() const { return m_minimumLevel; }
    bool overdueOnly() const { return m_overdueOnly; }
    std::optional<HeatMapCell> heatMapCell() const { return m_cell; }
    bool acceptsStatus(RiskStatus status) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool accepts(int sourceRow) const;
    // `narrowing`: the new criteria can only hide rows, never show more, so
    // only the rows shown now need checking.
    void refilter(bool narrowing = false);
    void forgetShownRows() { m_shownValid = false; }

    RiskTableModel* m_risks = nullptr;
    QString m_text;
    QStringList m_words;       // case-folded
    unsigned m_statusMask = 0; // bit per RiskStatus; 0 for any
    QString m_owner;
    std::optional<RiskLevel> m_minimumLevel;
    bool m_overdueOnly = false;
    std::optional<HeatMapCell> m_cell;
    // Which source rows the last refilter() accepted; valid until the source changes.
    std::vector<char> m_accepted;
    bool m_shownValid = false;
    bool m_useAccepted = false; // while refilter() hands m_accepted to the base class
    std::vector<QMetaObject::Connection> m_sourceConnections;
};

} // namespace palisade::ui
