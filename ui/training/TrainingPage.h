#pragma once

#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

class CoursesTab;
class FirstRunPanel;
class MessageBanner;
class PageHeader;
class PeopleTab;
class PhishingTab;
class TrainingMatrixTab;
class TrainingTrendsTab;

// The Training area: the workforce roster, the courses the program requires
// and who completed what, with certificates and attestations kept as records
// (164.308(a)(5), 164.530(b)). Before anything is recorded it says what to do
// first.
class TrainingPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        MatrixTabIndex,
        PeopleTabIndex,
        CoursesTabIndex,
        PhishingTabIndex,
        TrendsTabIndex,
    };

    explicit TrainingPage(Program& program, QWidget* parent = nullptr);

    void addCourse();
    void addPerson();
    // Opens the CSV import with its column-mapping step.
    void importFromCsv();
    // Reads everything again; the registers' signals call it.
    void reload();
    bool isShowingFirstRun() const;

    QTabWidget* tabs() const { return m_tabs; }
    PeopleTab* peopleTab() const { return m_people; }
    CoursesTab* coursesTab() const { return m_courses; }
    TrainingMatrixTab* matrixTab() const { return m_matrix; }
    PhishingTab* phishingTab() const { return m_phishing; }
    TrainingTrendsTab* trendsTab() const { return m_trends; }
    MessageBanner* banner() const { return m_banner; }
    FirstRunPanel* firstRunPanel() const { return m_firstRun; }
    QPushButton* firstCourseButton() const { return m_firstCourse; }
    QPushButton* firstPersonButton() const { return m_firstPerson; }

private:
    void reloadPeople();
    void reloadCourses();
    void reloadRecords();
    void updateState();

    Program& m_program;
    PageHeader* m_header;
    MessageBanner* m_banner;
    QStackedWidget* m_stack;
    QTabWidget* m_tabs;
    PeopleTab* m_people;
    CoursesTab* m_courses;
    TrainingMatrixTab* m_matrix;
    PhishingTab* m_phishing;
    TrainingTrendsTab* m_trends;
    FirstRunPanel* m_firstRun;
    QPushButton* m_firstCourse;
    QPushButton* m_firstPerson;
};

} // namespace palisade::ui
