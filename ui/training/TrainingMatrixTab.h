#pragma once

#include "core/util/Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class FirstRunPanel;
class MessageBanner;
class NoMatchHint;
class TrainingMatrixModel;
class TrainingMatrixProxyModel;

// The Matrix tab: for any day, who was trained on what and who is overdue.
// People by course, coloured by due state, filtered by department and role,
// with a finding when someone had PHI access before their onboarding
// training (164.308(a)(5)), and the overdue list and the matrix as CSV.
class TrainingMatrixTab : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingMatrixTab(Program& program, QWidget* parent = nullptr);

    bool reload();
    void setAsOf(const QDate& asOf);

    // The overdue items of the people shown, as of the chosen day, one row
    // each, by department then most days overdue: for managers to chase.
    Result<void> exportOverdueList(const QString& path) const;
    // The matrix as shown, one row per person, the cells in words.
    Result<void> exportMatrix(const QString& path) const;
    int shownOverdueCount() const;

    bool isShowingFirstRun() const;
    bool isShowingNoMatch() const;

    TrainingMatrixModel* model() const { return m_model; }
    TrainingMatrixProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QComboBox* departmentCombo() const { return m_department; }
    QComboBox* roleCombo() const { return m_role; }
    QCheckBox* mostOverdueCheck() const { return m_mostOverdue; }
    QPushButton* exportOverdueButton() const { return m_exportOverdue; }
    QPushButton* exportMatrixButton() const { return m_exportMatrix; }
    MessageBanner* findingBanner() const { return m_finding; }
    MessageBanner* noticeBanner() const { return m_notice; }
    QLabel* summaryLabel() const { return m_summary; }
    QWidget* legend() const { return m_legend; }

private:
    void buildTable();
    QWidget* buildLegend();
    void fillFilters();
    void updateFindings();
    void updateState();
    void resizeColumns();
    void exportWithDialog(bool overdueOnly);

    Program& m_program;
    TrainingMatrixModel* m_model;
    TrainingMatrixProxyModel* m_proxy;
    QDateEdit* m_asOf;
    QComboBox* m_department;
    QComboBox* m_role;
    QCheckBox* m_mostOverdue;
    QPushButton* m_exportOverdue;
    QPushButton* m_exportMatrix;
    MessageBanner* m_finding;
    MessageBanner* m_notice;
    QTableView* m_table;
    QStackedWidget* m_stack;
    NoMatchHint* m_noMatch;
    FirstRunPanel* m_firstRun;
    QLabel* m_summary;
    QWidget* m_legend;
};

} // namespace palisade::ui
