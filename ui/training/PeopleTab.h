#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;
class NoMatchHint;
class PersonDetailPanel;
class PersonFilterProxyModel;
class PersonTableModel;

// The workforce roster with filters, and the selected person's training
// records beside it.
class PeopleTab : public QWidget
{
    Q_OBJECT

public:
    // Messages about the roster go to `banner`, the page's.
    PeopleTab(Program& program, MessageBanner* banner, QWidget* parent = nullptr);

    void newPerson();
    void editSelected();
    // Deletes the selected person after confirmation; the register's refusal
    // (a person with training records is kept) is shown as it is.
    void deleteSelected();
    // Reads the roster again; the registers' signals call it.
    void reload();

    qint64 selectedPersonId() const;
    bool selectPerson(qint64 id);
    bool isShowingNoMatch() const;

    PersonTableModel* model() const { return m_model; }
    PersonFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    PersonDetailPanel* detailPanel() const { return m_detail; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* departmentCombo() const { return m_department; }
    QComboBox* statusCombo() const { return m_status; }
    QLabel* summaryLabel() const { return m_summary; }
    NoMatchHint* noMatchHint() const { return m_noMatch; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* importButton() const { return m_import; }

    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }

signals:
    // The user asked to import people or completions from a CSV file.
    void importRequested();

private:
    void buildTable();
    void fillDepartments();
    void fitRolesColumn();
    void applyFilter();
    void clearFilters();
    void showSelected();
    void updateState();

    Program& m_program;
    MessageBanner* m_banner;
    PersonTableModel* m_model;
    PersonFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_department;
    QComboBox* m_status;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_import;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    NoMatchHint* m_noMatch;
    PersonDetailPanel* m_detail;
    QAction* m_newAction;
};

} // namespace palisade::ui
