#pragma once

#include "core/retention/RetentionRecord.h"

#include <QWidget>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class FirstRunPanel;
class NoMatchHint;
class RetentionFilterBar;
class RetentionRecordModel;
class RetentionRecordProxyModel;

// The Records tab: every record under retention with its status as of a day,
// a count per status, and the buttons that place a legal hold or dispose of
// what is past its retention period. The page does the work; the tab asks.
class RetentionRecordsTab : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionRecordsTab(Program& program, QWidget* parent = nullptr);

    bool reload();
    void updateState();

    // The record of the current row, if one is selected.
    std::optional<RetentionRecord> selectedRecord() const;
    // Selected rows eligible for disposal as of the "as of" day.
    std::vector<RetentionRecord> selectedEligible() const;
    // What "Dispose of Eligible…" would dispose of: the selected eligible
    // records, else every eligible one.
    std::vector<RetentionRecord> disposalCandidates() const;
    bool selectRecord(const RecordRef& ref);
    bool isShowingFirstRun() const;
    bool isShowingNoMatch() const;

    RetentionRecordModel* model() const { return m_model; }
    RetentionRecordProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    RetentionFilterBar* filterBar() const { return m_filter; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* placeHoldButton() const { return m_placeHold; }
    QPushButton* disposeButton() const { return m_dispose; }
    FirstRunPanel* firstRunPanel() const { return m_firstRun; }
    NoMatchHint* noMatchHint() const { return m_noMatch; }

signals:
    void placeHoldRequested();
    void disposeRequested();

private:
    void buildTable();
    void applyFilter();

    Program& m_program;
    RetentionRecordModel* m_model;
    RetentionRecordProxyModel* m_proxy;
    RetentionFilterBar* m_filter;
    QTableView* m_table;
    QStackedWidget* m_stack;
    NoMatchHint* m_noMatch;
    FirstRunPanel* m_firstRun;
    QLabel* m_summary;
    QPushButton* m_placeHold;
    QPushButton* m_dispose;
};

} // namespace palisade::ui
