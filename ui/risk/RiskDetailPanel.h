#pragma once

#include "core/risk/RemediationTask.h"
#include "core/risk/Risk.h"
#include "core/risk/RiskAttention.h"

#include <QWidget>
#include <vector>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace palisade::ui {

// The selected risk in full, read-only: every field on one tab, its
// remediation tasks on another.
class RiskDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RiskDetailPanel(QWidget* parent = nullptr);

    // `assetNames` are the names of the assets the risk links, in its order.
    void setRisk(const Risk& risk, const std::vector<RemediationTask>& tasks,
                 const RiskAttention& attention, const QStringList& assetNames, const QDate& today);
    void clear();

    bool hasRisk() const { return m_riskId != 0; }
    qint64 riskId() const { return m_riskId; }
    // The details as plain text, for tests and accessibility.
    QString detailsText() const;
    int taskCount() const;
    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* taskList() const { return m_tasks; }

    static QString taskStatusText(const RemediationTask& task);

private:
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QTabWidget* m_tabs;
    QLabel* m_details;
    QTreeWidget* m_tasks;
    QLabel* m_noTasks;
    qint64 m_riskId = 0;
};

} // namespace palisade::ui
