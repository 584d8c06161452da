#pragma once

#include "core/audit/AuditEvent.h"
#include "core/util/Result.h"

#include <QWidget>
#include <vector>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace palisade {
struct Asset;
}

namespace palisade::ui {

class AssetHistoryList;
class DataFlowTableModel;

// The selected asset: what it is, where its ePHI flows (unencrypted flows
// marked as findings) and its recorded history.
class AssetDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssetDetailPanel(QWidget* parent = nullptr);

    void setAsset(const Asset& asset, int linkedRisks,
                  const Result<std::vector<AuditEvent>>& history);
    void clear();
    bool hasAsset() const;

    QString headingText() const;
    QString findingText() const;
    DataFlowTableModel* flowModel() const { return m_flows; }
    QTableView* flowTable() const { return m_flowTable; }
    AssetHistoryList* historyList() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QStackedWidget* m_stack;
    QLabel* m_heading;
    QLabel* m_summary;
    QLabel* m_phi;
    QLabel* m_notes;
    QLabel* m_finding;
    QTabWidget* m_tabs;
    DataFlowTableModel* m_flows;
    QTableView* m_flowTable;
    QStackedWidget* m_flowStack;
    AssetHistoryList* m_history;
};

} // namespace palisade::ui
