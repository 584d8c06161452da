#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class FirstRunPanel;
class IncidentDetailPanel;
class IncidentFilterProxyModel;
class IncidentTableModel;
class NoMatchHint;

// The incident log: a filter row, the table sorted by the next deadline
// (overdue first) and the selected incident's detail beside it. Before any
// incident is recorded it says what to do when something happens.
class IncidentLogTab : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentLogTab(Program& program, QWidget* parent = nullptr);

    // Reads the incidents again, keeping the selection; the page calls it
    // when the registers change.
    void reload();
    qint64 selectedIncidentId() const;
    // Selects the incident, clearing the filters when they hide it.
    bool selectIncident(qint64 id);
    void clearFilters();
    bool isShowingEmptyState() const;
    bool isShowingNoMatch() const;

    IncidentTableModel* model() const { return m_model; }
    IncidentFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    IncidentDetailPanel* detailPanel() const { return m_detail; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* shownCombo() const { return m_shown; }
    QComboBox* breachStatusCombo() const { return m_breachStatus; }
    NoMatchHint* noMatchHint() const { return m_noMatch; }
    FirstRunPanel* emptyPanel() const { return m_empty; }
    QPushButton* emptyReportButton() const { return m_emptyReport; }

signals:
    void selectionChanged(qint64 id);
    void editRequested(qint64 id);
    void reportRequested();

private:
    void buildTable();
    void applyFilter();
    void showSelected();
    void updateState();

    Program& m_program;
    IncidentTableModel* m_model;
    IncidentFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_shown;
    QComboBox* m_breachStatus;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    NoMatchHint* m_noMatch;
    IncidentDetailPanel* m_detail;
    QSplitter* m_splitter;
    FirstRunPanel* m_empty;
    QPushButton* m_emptyReport;
    bool m_shownOnce = false;
};

} // namespace palisade::ui
