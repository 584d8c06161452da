#pragma once

#include "core/risk/Asset.h"
#include "core/risk/RemediationTask.h"
#include "core/risk/RiskLevel.h"
#include "core/risk/RiskRegisterSnapshot.h"

#include <QDate>
#include <QWidget>
#include <map>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;
class NoMatchHint;
class PageHeader;
class RiskDetailPanel;
class RiskFilterBar;
class RiskFilterProxyModel;
class RiskHeatMapWidget;
class RiskTableModel;

// The risks area: the register as a sortable, filterable table, the heat maps
// (clicking a cell narrows the table), the selected risk in full, and the
// register as it stood on any past day, read-only.
class RiskPage : public QWidget
{
    Q_OBJECT

public:
    explicit RiskPage(Program& program, QWidget* parent = nullptr);

    // Reads the register again (or the snapshot, when showing a past day).
    void reload();
    // Shows the register as it stood at the end of `day`, read-only.
    bool showAsOf(const QDate& day);
    // Back to the live register.
    void showCurrent();
    bool isShowingAsOf() const { return m_asOf.isValid(); }
    QDate asOfDate() const { return m_asOf; }
    // Nothing can be changed: a past day is shown, or the file is open read-only.
    bool isReadOnly() const;
    bool isEmptyStateVisible() const;
    QString asOfBannerText() const;

    qint64 currentRiskId() const;
    bool selectRisk(qint64 id);

    RiskTableModel* model() const { return m_model; }
    RiskFilterProxyModel* proxy() const { return m_proxy; }
    RiskFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    RiskHeatMapWidget* heatMap() const { return m_heatMap; }
    RiskDetailPanel* detail() const { return m_detail; }
    QAction* newRiskAction() const { return m_newAction; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* matrixButton() const { return m_matrixButton; }
    QPushButton* asOfButton() const { return m_asOfButton; }
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* exportButton() const { return m_exportButton; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The title takes the width the other columns leave, but never less than
    // it needs to stay readable; below that the table scrolls sideways.
    void fitTitleColumn();

    void buildToolbar(QWidget* bar);
    QWidget* buildEmptyState();
    void newRisk();
    void editCurrentRisk();
    void openEditor(std::optional<qint64> riskId);
    void importRisks();
    void exportRisks();
    void editMatrix();
    void chooseAsOf();
    void applyFilters();
    void updateState();
    void updateHeatMap();
    void updateOwners();
    void showCurrentRisk();
    void onHeatMapCell(bool residual, RiskLevel likelihood, RiskLevel impact);
    void onHeatMapCleared();
    void showError(const QString& message);

    Program& m_program;
    QDate m_asOf;
    std::optional<RiskRegisterSnapshot> m_snapshot; // while a past day is shown
    std::vector<RemediationTask> m_tasks;
    std::map<qint64, QString> m_assetNames;
    RiskTableModel* m_model;
    RiskFilterProxyModel* m_proxy;
    PageHeader* m_header;
    QStackedWidget* m_pageStack;
    QStackedWidget* m_tableStack;
    QWidget* m_asOfBar;
    MessageBanner* m_asOfBanner;
    MessageBanner* m_errorBanner;
    RiskFilterBar* m_filters;
    QTableView* m_table;
    NoMatchHint* m_noMatch;
    RiskHeatMapWidget* m_heatMap;
    RiskDetailPanel* m_detail;
    QAction* m_newAction;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_matrixButton = nullptr;
    QPushButton* m_asOfButton = nullptr;
    QPushButton* m_currentButton = nullptr;
    QPushButton* m_emptyAdd = nullptr;
    QPushButton* m_emptyImport = nullptr;
};

} // namespace palisade::ui
