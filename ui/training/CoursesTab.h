#pragma once

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class CourseTableModel;
class MessageBanner;

// The courses the program requires: added, changed, retired (no longer
// required, completions kept) or deleted while nobody has completed them.
class CoursesTab : public QWidget
{
    Q_OBJECT

public:
    CoursesTab(Program& program, MessageBanner* banner, QWidget* parent = nullptr);

    void newCourse();
    void editSelected();
    // Asks from which day, then retires the selected course.
    void retireSelected();
    bool retire(qint64 courseId, const QDate& on);
    // Deletes the selected course after confirmation; the register refuses
    // one with completions and says to retire it.
    void deleteSelected();
    void reload();

    qint64 selectedCourseId() const;
    bool selectCourse(qint64 id);

    CourseTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* retireButton() const { return m_retire; }
    QPushButton* deleteButton() const { return m_delete; }

private:
    void buildTable();
    void updateState();

    Program& m_program;
    MessageBanner* m_banner;
    CourseTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_retire;
    QPushButton* m_delete;
    QTableView* m_table;
    QAction* m_newAction;
};

} // namespace palisade::ui
